import type { Kysely } from 'kysely';
import type { ArticleSummary } from '../../article/index.js';
import { preparedIn } from '../prepared.js';
import type { Database } from '../schema/index.js';
import { summariesOf } from './read.js';

type Db = Kysely<Database>;

/** Summaries kept per store; past this the least recently used go (about 1 KB each). */
const KEPT = 2000;

/** Reads of more ids than a page shows go straight to the table. */
const BULK = 64;

const genRows = preparedIn((db, ids) => db.selectFrom('article_pages').select(['article_id', 'gen']).where('article_id', 'in', ids));

/**
 * Summaries of articles by id, kept in memory and checked against `article_pages.gen` on each
 * read. Every change to what a summary shows (the article row, its authors, a section's or an
 * author's name) bumps that generation by trigger, from any process (migration 008), so a kept
 * summary is served only while it is current. The check is one read of integers; a summary
 * read decodes a few hundred bytes of Arabic per article, the most expensive part of an
 * uncached article page's related cards.
 *
 * The generations are read before the summaries: a write landing between the two leaves a
 * newer summary under an older generation, which the next read finds stale and reads again.
 * Inside a transaction the cache is bypassed (it could see uncommitted rows), and so are bulk reads.
 */
export function summaryCache(limit = KEPT) {
  const kept = new Map<number, { gen: number; summary: ArticleSummary }>();
  return async (db: Db, ids: readonly number[]): Promise<ArticleSummary[]> => {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    // Bulk reads (rebuilds, exports) would only churn the cache.
    if (db.isTransaction || unique.length > BULK) return summariesOf(db, ids);
    const gens = new Map((await genRows(db, unique)).map((r) => [r.article_id, Number(r.gen)]));
    const found = new Map<number, ArticleSummary>();
    const missing: number[] = [];
    for (const id of unique) {
      const k = kept.get(id);
      if (k && k.gen === gens.get(id)) {
        // Most recently used to the end of the Map's order.
        kept.delete(id);
        kept.set(id, k);
        found.set(id, k.summary);
      } else missing.push(id);
    }
    if (missing.length) {
      for (const summary of await summariesOf(db, missing)) {
        found.set(summary.id, summary);
        const gen = gens.get(summary.id);
        if (gen === undefined) continue;
        kept.delete(summary.id);
        kept.set(summary.id, { gen, summary });
        if (kept.size > limit) kept.delete(kept.keys().next().value!);
      }
    }
    return ids.map((id) => found.get(id)).filter((s): s is ArticleSummary => s !== undefined);
  };
}
