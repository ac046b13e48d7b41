import { slugify } from '../../article/index.js';
import type { Store } from '../../store/index.js';
import { storyTitle } from '../stories/title.js';

/**
 * Writes a rebuild's stories, keeping story ids (and so their pages' addresses) where it can:
 * a group takes the old story most of its articles were in; an old story left without a group
 * is merged into the group most of its old articles joined, or dissolved.
 */
export async function writeStories(store: Store, groups: readonly number[][], before: ReadonlyMap<number, number>, at: string): Promise<number> {
  const repo = store.related.stories;
  const claimed = new Set<number>();
  const storyOfArticle = new Map<number, number>();
  for (const group of groups) {
    const votes = new Map<number, number>();
    for (const id of group) {
      const old = before.get(id);
      if (old !== undefined && !claimed.has(old)) votes.set(old, (votes.get(old) ?? 0) + 1);
    }
    const reuse = [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0];
    const [facts, summaries] = await Promise.all([store.related.facts(group), store.articles.summaries(group)]);
    const sources = summaries.map((a) => ({ headline: a.headline, publishedAt: a.publishedAt, tags: facts.get(a.id)?.tags ?? [] }));
    const title = storyTitle(sources, await store.related.tagUse(sources.flatMap((m) => m.tags)));
    let id: number;
    if (reuse !== undefined && (await repo.get(reuse))) {
      id = reuse;
      await repo.update(id, { title, slug: slugify(title, 'story'), at });
    } else id = await repo.create({ title, slug: slugify(title, 'story'), at });
    claimed.add(id);
    await repo.assign(
      id,
      group.map((a) => ({ articleId: a, publishedAt: facts.get(a)?.publishedAt ?? null })),
    );
    for (const a of group) storyOfArticle.set(a, id);
  }
  for (const old of new Set(before.values())) {
    if (claimed.has(old)) continue;
    const votes = new Map<number, number>();
    for (const [article, story] of before) {
      const now = storyOfArticle.get(article);
      if (story === old && now !== undefined) votes.set(now, (votes.get(now) ?? 0) + 1);
    }
    const heir = [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0];
    if (heir !== undefined) await repo.retire(old, heir, at);
    else await repo.dissolve(old);
  }
  return groups.length;
}
