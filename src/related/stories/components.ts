import type { Store } from '../../store/index.js';

/** Splits a set of articles into the groups their links connect (links leaving the set are ignored). */
export async function splitComponents(store: Store, ids: readonly number[]): Promise<number[][]> {
  const inside = new Set(ids);
  const links = await store.related.stories.links(ids);
  const seen = new Set<number>();
  const groups: number[][] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    const group: number[] = [];
    const stack = [id];
    seen.add(id);
    while (stack.length) {
      const x = stack.pop()!;
      group.push(x);
      for (const y of links.get(x) ?? []) {
        if (inside.has(y) && !seen.has(y)) {
          seen.add(y);
          stack.push(y);
        }
      }
    }
    groups.push(group);
  }
  return groups.sort((a, b) => b.length - a.length || Math.min(...a) - Math.min(...b));
}
