import { BM25, INDEX_FIELDS, type IndexField } from './types.js';
import type { FieldCounts } from './doc-vector.js';

/** Collection figures BM25 needs. */
export interface CollectionStats {
  /** Articles in the index. */
  n: number;
  /** Terms over all fields of all articles. */
  total: number;
}

/**
 * FTS5's idf: ln((N − n + 0.5)/(n + 0.5)), and 1e-6 when that is not positive, so a term in
 * more than half the articles still counts a little (FTS5 would otherwise subtract it).
 */
export function idf(n: number, hits: number): number {
  const v = Math.log((n - hits + 0.5) / (hits + 0.5));
  return v <= 0 ? 1e-6 : v;
}

/**
 * The BM25 of one article for a set of terms, exactly as SQLite FTS5's bm25() computes it:
 * each term's frequency is the field-weighted sum of its counts in the chosen fields, the
 * length is the article's term count over all fields, k1 1.2, b 0.75.
 */
export function bm25Score(
  terms: ReadonlyArray<{ idf: number; counts: FieldCounts | undefined }>,
  length: number,
  stats: CollectionStats,
  weights: Readonly<Record<IndexField, number>>,
  fields: readonly IndexField[],
): number {
  const avgdl = stats.n > 0 ? stats.total / stats.n : 1;
  const norm = BM25.k1 * (1 - BM25.b + (BM25.b * length) / avgdl);
  let score = 0;
  for (const t of terms) {
    if (!t.counts) continue;
    let f = 0;
    for (const field of fields) f += weights[field] * t.counts[INDEX_FIELDS.indexOf(field)]!;
    if (f > 0) score += (t.idf * (f * (BM25.k1 + 1))) / (f + norm);
  }
  return score;
}
