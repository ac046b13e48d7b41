import type { ArticleSummary } from '../article/index.js';
import type { Store } from '../store/index.js';
import { decodePicks } from './picks.js';
import type { ScoreParts } from './score.js';

/** One card of an article's related list as readers get it. */
export interface RelatedItem {
  readonly article: ArticleSummary;
  /** Chosen by an editor (shown first, unscored). */
  readonly pinned: boolean;
  readonly score: number | null;
  readonly parts: ScoreParts | null;
}

/** Whether readers may see an article at `now`. */
export function isPublicAt(a: { status: string; publishedAt: string | null }, now: Date): boolean {
  return a.status === 'published' && a.publishedAt !== null && a.publishedAt <= now.toISOString();
}

/**
 * An article's related list from what was stored at write time: the editor's pins first (in
 * the editor's order), then the stored picks, leaving out exclusions and anything readers may
 * not see now (a pick unpublished since, a scheduled one not yet out). Three queries, no scoring.
 */
export async function readRelated(store: Store, article: { id: number; pins: readonly number[] }, now: Date, limit: number): Promise<RelatedItem[]> {
  const [stored, exclusions] = await Promise.all([store.related.lists.picks([article.id]), store.newsroom.workflow.exclusions(article.id)]);
  const picks = decodePicks(stored.get(article.id));
  const excluded = new Set(exclusions);
  const pins = article.pins.filter((id) => id !== article.id);
  const pinned = new Set(pins);
  const wanted = [...pins, ...picks.map((p) => p.id).filter((id) => !pinned.has(id) && !excluded.has(id))];
  const summaries = new Map((await store.articles.summaries(wanted.slice(0, limit + pins.length + 8))).map((a) => [a.id, a]));
  const byPick = new Map(picks.map((p) => [p.id, p]));
  const out: RelatedItem[] = [];
  for (const id of wanted) {
    if (out.length >= limit) break;
    const a = summaries.get(id);
    if (!a || !isPublicAt(a, now) || out.some((x) => x.article.id === id)) continue;
    const pick = pinned.has(id) ? undefined : byPick.get(id);
    out.push({ article: a, pinned: pinned.has(id), score: pick?.score ?? null, parts: pick?.parts ?? null });
  }
  return out;
}

/** Whether an article has a stored list (drafts and articles never written since the engine arrived have none). */
export async function hasStoredList(store: Store, id: number): Promise<boolean> {
  return (await store.related.lists.picks([id])).has(id);
}
