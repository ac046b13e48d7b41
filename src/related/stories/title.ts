/** What a story's title is chosen from. */
export interface TitleSource {
  readonly headline: string;
  readonly publishedAt: string | null;
  readonly tags: readonly string[];
}

/**
 * A story's title: the tag its articles share, when one is on at least half of them (and two);
 * among several, the one most of them carry, then the one least used elsewhere (the story's own
 * tag rather than the country's), then the longer name, then the earlier. Without a shared tag,
 * the first article's headline.
 */
export function storyTitle(members: readonly TitleSource[], tagUse: ReadonlyMap<string, number>): string {
  const ordered = [...members].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
  const counts = new Map<string, { n: number; first: number }>();
  let order = 0;
  for (const m of ordered) {
    for (const tag of new Set(m.tags)) {
      const c = counts.get(tag);
      if (c) c.n++;
      else counts.set(tag, { n: 1, first: order++ });
    }
  }
  const needed = Math.max(2, Math.ceil(members.length / 2));
  const shared = [...counts].filter(([, c]) => c.n >= needed);
  if (shared.length === 0) return ordered[0]?.headline ?? '';
  const concentration = (tag: string, n: number) => n / Math.max(n, tagUse.get(tag) ?? n);
  shared.sort(
    ([ta, a], [tb, b]) =>
      b.n - a.n ||
      concentration(tb, b.n) - concentration(ta, a.n) ||
      tb.split(/\s+/).length - ta.split(/\s+/).length ||
      a.first - b.first,
  );
  return shared[0]![0];
}
