import type { Article } from '../article/index.js';
import type { Store } from '../store/index.js';
import type { NeighbourStats } from '../store/related/types.js';
import { booksOf, entersPool, hubAfter, mayChangeList } from './books.js';
import { candidateIds } from './candidates.js';
import type { RelatedChanges } from './changes.js';
import { floatsToBytes, toStored } from './codec.js';
import type { RelatedDeps } from './engine-deps.js';
import { scoreAgainst } from './neighbours.js';
import { choosePicks, encodePicks } from './picks.js';
import { toNeighbour, topPool } from './pool.js';
import { profileFeatures, rawProfile } from './profile.js';
import { profilesFor, reselectLists } from './reselect.js';
import type { Scored } from './select.js';
import type { RelatedSettings } from './settings.js';
import { signatureOf } from './signature.js';
import { storyLinks } from './stories/link.js';
import { storyAfterAdd } from './stories/maintain.js';
import { weighProfile, type Books, type Profile } from './weigh.js';

/**
 * A pool's count and floor after a newcomer entered. Trims are batched: a pool may hold up to
 * twice its size (its floor stays where the last trim left it, so it admits a little more than
 * it must), and is cut back to its size when it reaches that: one query in `poolSize` entries.
 */
async function poolAfterEntry(store: Store, id: number, books: Books, score: number, s: RelatedSettings): Promise<{ count: number; floor: number }> {
  const count = books.poolCount + 1;
  if (count > 2 * s.poolSize) return store.related.lists.trimPool(id, s.poolSize);
  if (books.poolCount < s.poolSize) return { count, floor: books.poolCount === 0 ? score : Math.min(books.poolFloor, score) };
  return { count, floor: books.poolFloor };
}

/**
 * Brings a (listable) article into the collection, in the write's transaction: its profile,
 * pool and list; then it is offered to each neighbour's pool (the pair's score is symmetric, so
 * the same parts rank it there), and only the neighbours whose list it could change choose again
 * (the articles it displaces); then its story links.
 */
export async function addArticle(store: Store, article: Article, deps: RelatedDeps, s: RelatedSettings, at: string, out: RelatedChanges): Promise<void> {
  const repo = store.related;
  const entities = (await repo.entitiesOf([article.id])).get(article.id);
  const raw = rawProfile(article, deps.analyzer(), entities);
  const features = profileFeatures(raw);
  // The frequencies after counting the article in, as the upsert returns them.
  const df = await repo.profiles.adjustFrequencies(features, 1);
  const n = await repo.profiles.count();
  const freq = { n: n + 1, df: (id: number) => df.get(id) ?? 0 };
  const draft = weighProfile(raw, freq, { id: article.id, publishedAt: article.publishedAt, sectionId: article.section?.id ?? null });

  const ids = await candidateIds(store, draft, freq, s);
  const facts = (await repo.facts([article.id])).get(article.id);
  const known = await profilesFor(store, [...ids, ...(facts?.pins ?? [])], new Map<number, Profile>());
  const scored0 = scoreAgainst(draft, ids.map((id) => known.get(id)).filter((p): p is Profile => p !== undefined), s);
  const pool = topPool(scored0.scored, s.poolSize);
  const picks = choosePicks(scored0.self, pool, known, facts, s).picks;
  const self: Profile = { ...scored0.self, books: booksOf(pool, picks.map((p) => p.parts), s) };
  known.set(self.id, self);
  await repo.profiles.put(toStored(self));
  await repo.postings.add(article.id, signatureOf(self, s));
  out.lists.add(article.id);

  // The neighbours' pool rows and stats are written in one statement each (with the article's own pool), not one per neighbour.
  const poolRows = pool.map((e) => ({ ...e, articleId: article.id }));
  const stats: Array<NeighbourStats & { articleId: number }> = [];
  const entering: Array<{ item: Scored; hub: ReturnType<typeof hubAfter> }> = [];
  for (const item of scored0.scored) {
    const b = item.profile;
    const hub = hubAfter(b, item.parts.text);
    if (!entersPool(b.books, item.parts.score, s)) {
      if (hub) stats.push({ articleId: b.id, hub: hub.hub, hubTop: floatsToBytes(hub.hubTop), poolCount: b.books.poolCount, poolFloor: b.books.poolFloor });
      continue;
    }
    poolRows.push({ ...toNeighbour(item, article.id), articleId: b.id });
    entering.push({ item, hub });
  }
  await repo.lists.upsertPool(poolRows);
  const displaced: number[] = [];
  for (const { item, hub } of entering) {
    const b = item.profile;
    const kept = await poolAfterEntry(store, b.id, b.books, item.parts.score, s);
    const next = hub ?? { hub: b.hub, hubTop: b.hubTop };
    stats.push({ articleId: b.id, hub: next.hub, hubTop: floatsToBytes(next.hubTop), poolCount: kept.count, poolFloor: kept.floor });
    if (mayChangeList(b.books, item.parts.score, s)) displaced.push(b.id);
  }
  await repo.profiles.setStats(stats);
  // The article's own list is written with the displaced neighbours' new ones.
  await reselectLists(store, displaced, s, known, at, out, [{ articleId: article.id, json: encodePicks(picks) }]);

  const links = storyLinks(self, scored0.scored, s);
  await repo.stories.setLinks(article.id, links);
  await storyAfterAdd(store, article.id, links, s, at, out);
}
