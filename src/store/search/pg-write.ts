import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import { decodeAll, termDeltas } from './collection.js';
import { encodeVector, lengthOf, vectorOf, type FieldCounts } from './doc-vector.js';
import { tsvectorLiteral } from './pg-index.js';
import type { IndexDocument } from './types.js';

/** The word-list change of replacing an article's surface words by others (non-zero only). */
export function wordDeltas(before: readonly string[], after: readonly string[]): Map<string, number> {
  const d = new Map<string, number>();
  for (const w of before) d.set(w, (d.get(w) ?? 0) - 1);
  for (const w of after) d.set(w, (d.get(w) ?? 0) + 1);
  for (const [w, n] of d) if (n === 0) d.delete(w);
  return d;
}

/**
 * Replaces (or, with null, removes) one article everywhere the PostgreSQL index keeps it, in
 * two statements whatever the article's size: one removes the old rows (returning the old
 * vector), one writes the new rows with arrays unnested server-side: the article's vector and
 * length, its postings (adding new terms to the dictionary), its phrase tsvector, and the
 * deltas of the shared counters (document frequencies, word list, totals) to the pending
 * tables, which the deferred trigger of migration 007 folds in once at commit. The result
 * equals the direct path's (collection.ts + words.ts), which SQLite still takes.
 */
export async function writePgIndex(db: Kysely<Database>, id: number, doc: IndexDocument | null, words: Map<string, number>): Promise<void> {
  const old = await sql<{ len: number; vec: string }>`
    WITH p AS (DELETE FROM search_postings WHERE article_id = ${id}),
    ph AS (DELETE FROM search_phrases WHERE article_id = ${id})
    DELETE FROM search_docs WHERE article_id = ${id} RETURNING len, vec`.execute(db);
  const oldRow = old.rows[0];
  const oldV = oldRow ? decodeAll(oldRow.vec) : new Map<string, FieldCounts>();
  const newV = doc ? vectorOf(doc) : new Map<string, FieldCounts>();
  const df = termDeltas(oldV, newV);
  const len = doc ? lengthOf(doc) : 0;
  const dn = (doc ? 1 : 0) - (oldRow ? 1 : 0);
  const dtotal = len - Number(oldRow?.len ?? 0);

  // Every write adds one stats row, even with zero deltas: its insert queues the fold.
  const pending = sql`
    pt AS (INSERT INTO search_pending_terms (term, df_all, df_head, df_body)
      SELECT * FROM unnest(${df.map((r) => r.term)}::text[], ${df.map((r) => r.df_all)}::int[], ${df.map((r) => r.df_head)}::int[], ${df.map((r) => r.df_body)}::int[])),
    pw AS (INSERT INTO search_pending_words (word, freq) SELECT * FROM unnest(${[...words.keys()]}::text[], ${[...words.values()]}::int[])),
    ps AS (INSERT INTO search_pending_stats (n, total) VALUES (${dn}, ${dtotal}))`;
  if (!doc) {
    await sql`WITH ${pending} SELECT 1`.execute(db);
    return;
  }
  const terms = [...newV.keys()];
  const col = (i: number) => terms.map((t) => newV.get(t)![i]!);
  const inserted = await sql`
    WITH ${pending},
    d AS (INSERT INTO search_docs (article_id, len, vec) VALUES (${id}, ${len}, ${encodeVector(newV)})),
    ph AS (INSERT INTO search_phrases (article_id, tsv) VALUES (${id}, ${tsvectorLiteral(doc)}::tsvector)),
    v (term, h, d, l, b) AS (SELECT * FROM unnest(${terms}::text[], ${col(0)}::int[], ${col(1)}::int[], ${col(2)}::int[], ${col(3)}::int[])),
    -- Only unknown terms reach the INSERT, so known ones burn no sequence values.
    ins AS (INSERT INTO search_terms (term) SELECT v.term FROM v WHERE NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.term = v.term)
      ON CONFLICT (term) DO NOTHING RETURNING id, term),
    ids AS (SELECT id, term FROM ins UNION ALL SELECT s.id, s.term FROM search_terms s JOIN v ON s.term = v.term)
    INSERT INTO search_postings (term_id, article_id, tf_h, tf_d, tf_l, tf_b, len)
    SELECT ids.id, ${id}, v.h, v.d, v.l, v.b, ${len} FROM v JOIN ids ON ids.term = v.term`.execute(db);
  if (Number(inserted.numAffectedRows ?? terms.length) < terms.length) await addMissingPostings(db, id, newV, len);
}

/**
 * A term another transaction added and committed while the statement above ran is invisible to
 * it (and skipped by ON CONFLICT): its postings are added now that it is visible.
 */
async function addMissingPostings(db: Kysely<Database>, id: number, v: Map<string, FieldCounts>, len: number): Promise<void> {
  const terms = [...v.keys()];
  const col = (i: number) => terms.map((t) => v.get(t)![i]!);
  await sql`
    INSERT INTO search_postings (term_id, article_id, tf_h, tf_d, tf_l, tf_b, len)
    SELECT s.id, ${id}, v.h, v.d, v.l, v.b, ${len}
    FROM unnest(${terms}::text[], ${col(0)}::int[], ${col(1)}::int[], ${col(2)}::int[], ${col(3)}::int[]) AS v (term, h, d, l, b)
    JOIN search_terms s ON s.term = v.term
    ON CONFLICT (term_id, article_id) DO NOTHING`.execute(db);
}
