import { isPublicAt, type ArticleSummary } from '../article/index.js';
import type { Store } from '../store/index.js';
import { decodePicks, type StoredPick } from './picks.js';
import type { ScoreParts } from './score.js';

/** One card of an article's related list as readers get it. */
export interface RelatedItem {
  readonly article: ArticleSummary;
  /** Chosen by an editor (shown first, unscored). */
  readonly pinned: boolean;
  readonly score: number | null;
  readonly parts: ScoreParts | null;
}

type Listed = { id: number; pins: readonly number[] };

/**
 * An article's related list from what was stored at write time: the editor's pins first (in
 * the editor's order), then the stored picks, leaving out exclusions and anything readers may
 * not see now (a pick unpublished since, a scheduled one not yet out). Four queries (more
 * only when a pick has gone), no scoring. Null when the engine has stored no list for the
 * article (a draft, an article written before the engine arrived), so that a caller can fall
 * back without a second read.
 */
export async function readStoredRelated(store: Store, article: Listed, now: Date, limit: number): Promise<RelatedItem[] | null> {
  const [stored, exclusions] = await Promise.all([store.related.lists.picks([article.id]), store.newsroom.workflow.exclusions(article.id)]);
  if (!stored.has(article.id)) return null;
  return assemble(store, article, decodePicks(stored.get(article.id)), exclusions, now, limit);
}

/** The stored list as readStoredRelated reads it, or the editor's pins alone when none is stored. */
export async function readRelated(store: Store, article: Listed, now: Date, limit: number): Promise<RelatedItem[]> {
  return (await readStoredRelated(store, article, now, limit)) ?? assemble(store, article, [], [], now, limit);
}

async function assemble(
  store: Store,
  article: Listed,
  picks: readonly StoredPick[],
  exclusions: readonly number[],
  now: Date,
  limit: number,
): Promise<RelatedItem[]> {
  const excluded = new Set(exclusions);
  const pins = article.pins.filter((id) => id !== article.id);
  const pinned = new Set(pins);
  const wanted = [...pins, ...picks.map((p) => p.id).filter((id) => !pinned.has(id) && !excluded.has(id))];
  const byPick = new Map(picks.map((p) => [p.id, p]));
  const out: RelatedItem[] = [];
  // Read as many summaries as there are cards to fill (the usual case: every pick is still
  // public), and more only for the places a hidden or deleted pick left.
  let next = 0;
  while (out.length < limit && next < wanted.length) {
    const batch = wanted.slice(next, next + limit - out.length);
    next += batch.length;
    const summaries = new Map((await store.articles.summaries(batch)).map((a) => [a.id, a]));
    for (const id of batch) {
      const a = summaries.get(id);
      if (!a || !isPublicAt(a, now) || out.some((x) => x.article.id === id)) continue;
      const pick = pinned.has(id) ? undefined : byPick.get(id);
      out.push({ article: a, pinned: pinned.has(id), score: pick?.score ?? null, parts: pick?.parts ?? null });
    }
  }
  return out;
}

/** Whether an article has a stored list (drafts and articles never written since the engine arrived have none). */
export async function hasStoredList(store: Store, id: number): Promise<boolean> {
  return (await store.related.lists.picks([id])).has(id);
}
