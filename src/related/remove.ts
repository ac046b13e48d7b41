import type { Article } from '../article/index.js';
import type { Store } from '../store/index.js';
import type { NeighbourStats } from '../store/related/types.js';
import type { RelatedChanges } from './changes.js';
import type { RelatedDeps } from './engine-deps.js';
import { decodePicks } from './picks.js';
import { profileFeatures, rawProfile } from './profile.js';
import { reselectLists } from './reselect.js';
import type { RelatedSettings } from './settings.js';
import { decodeVector } from './sparse.js';
import { storyAfterRemove } from './stories/maintain.js';
import type { Profile } from './weigh.js';

/**
 * Takes an article out of the collection, in the write's transaction: its profile, signature,
 * pool, list and links go; it leaves every pool that held it, and the articles whose list
 * showed it choose again; its story keeps what still holds together. `before` is the article
 * as it was profiled.
 */
export async function removeArticle(store: Store, id: number, before: Article | null, deps: RelatedDeps, s: RelatedSettings, at: string, out: RelatedChanges): Promise<void> {
  const repo = store.related;
  const stored = (await repo.profiles.get([id])).get(id);
  if (!stored || !(await repo.profiles.remove(id))) return;
  // The entities come from the stored profile: enrichment has already replaced the article's annotations with the new version's.
  const entityIds = [...decodeVector(stored.entities).ids];
  if (before) await repo.profiles.adjustFrequencies([...profileFeatures(rawProfile(before, deps.analyzer())), ...entityIds], -1);
  await repo.postings.remove(id);
  await repo.lists.removePool(id);
  await repo.lists.removePicks(id);
  out.lists.add(id);

  const holders = (await repo.lists.holders(id)).filter((h) => h !== id);
  const [lists, profiles] = await Promise.all([repo.lists.picks(holders), repo.profiles.get(holders)]);
  // It leaves every pool at once, and the holders' books are written in one statement.
  if (holders.length) await repo.lists.removeFromPools(id);
  const stats: Array<NeighbourStats & { articleId: number }> = [];
  const showed: number[] = [];
  for (const h of holders) {
    const p = profiles.get(h);
    if (p) stats.push({ articleId: h, hub: p.hub, hubTop: p.hubTop, poolCount: Math.max(0, p.poolCount - 1), poolFloor: p.poolFloor });
    if (decodePicks(lists.get(h)).some((x) => x.id === id)) showed.push(h);
  }
  if (stats.length) await repo.profiles.setStats(stats);
  await reselectLists(store, showed, s, new Map<number, Profile>(), at, out);

  const storyId = (await repo.stories.membership([id])).get(id);
  await repo.stories.setLinks(id, []);
  await repo.stories.unassign([id]);
  if (storyId !== undefined) out.pages.add(id);
  await storyAfterRemove(store, storyId, s, at, { pages: out.pages, stories: out.stories });
}
