import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import { filterConditions, hiddenArticles } from './filter-sql.js';
import { anyTerm, phrase } from './fts5-query.js';
import type { CandidateQuery } from './candidates.js';
import { DEFAULT_WEIGHTS, INDEX_FIELDS, SCOPE_FIELDS, type IndexDocument, type IndexResult } from './types.js';

/** Replaces (or, with null, removes) an article's row in the FTS5 index. */
export async function writeFts5(db: Kysely<Database>, id: number, doc: IndexDocument | null): Promise<void> {
  await sql`DELETE FROM search_fts WHERE rowid = ${id}`.execute(db);
  if (!doc) return;
  await sql`INSERT INTO search_fts (rowid, headline, deck, lead, body)
    VALUES (${id}, ${doc.headline.join(' ')}, ${doc.deck.join(' ')}, ${doc.lead.join(' ')}, ${doc.body.join(' ')})`.execute(db);
}

/**
 * Candidates from FTS5: bm25() over the OR of the terms, weighted per field, or newest first.
 * Phrases and exclusions filter through a second MATCH in a subquery, so they change which
 * articles match but not the scores.
 */
export async function fts5Candidates(db: Kysely<Database>, q: CandidateQuery): Promise<IndexResult> {
  const fields = SCOPE_FIELDS[q.in ?? 'all'];
  const match = anyTerm(q.terms, fields, q.prefix);
  if (!match) return { hits: [], total: 0 };
  const w = { ...DEFAULT_WEIGHTS, ...q.weights };
  const conditions = [sql`search_fts MATCH ${match}`];
  for (const p of q.phrases ?? []) {
    const m = phrase(p, fields);
    // `+f.rowid`: the list filters the matches; as a rowid constraint it would make SQLite run
    // the main MATCH once per phrase match (3.5 s for a phrase in 3,000 of 100,000 articles).
    if (m) conditions.push(sql`+f.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${m})`);
  }
  const excluded = anyTerm(q.excluded ?? [], INDEX_FIELDS);
  if (excluded) conditions.push(sql`+f.rowid NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${excluded})`);
  const newest = q.sort === 'newest';
  const hidden = newest ? null : hiddenArticles(q.filter);
  // `+`: a filter on the matches, never a rowid lookup driving the MATCH (see above).
  if (hidden) conditions.push(sql`+f.rowid NOT IN (${hidden})`);
  // Other filters and date order need the articles' columns. CROSS JOIN keeps FTS5 the outer
  // loop: with a plain JOIN and a date filter SQLite walks the articles by their date index and
  // runs the MATCH once per article (250 ms at 1,000 articles). INDEXED BY: the filter columns
  // come from an index (migration 007), not the wide table rows.
  const needsJoin = !hidden && (Object.values(q.filter ?? {}).some((v) => v !== undefined) || newest);
  if (needsJoin) conditions.push(filterConditions(q.filter));
  const from = needsJoin ? sql`search_fts f CROSS JOIN articles a INDEXED BY search_articles_filter ON a.id = f.rowid` : sql`search_fts f`;
  const where = sql.join(conditions, sql` AND `);
  const bm25 = sql`bm25(search_fts, ${w.headline}, ${w.deck}, ${w.lead}, ${w.body})`;
  // bm25() is negative, lower is better; we report the positive score.
  const order = newest ? sql`a.published_at DESC, f.rowid DESC` : sql`score DESC, f.rowid ASC`;
  const rows = await sql<{ id: number; score: number }>`
    SELECT f.rowid AS id, -${bm25} AS score FROM ${from} WHERE ${where}
    ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset ?? 0}`.execute(db);
  const hits = rows.rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
  const offset = q.offset ?? 0;
  // A short page that is not past the end is the last one: the total is known without counting.
  if (hits.length < q.limit && (hits.length > 0 || offset === 0)) return { hits, total: offset + hits.length };
  // Otherwise the total is a second, plain count: counting skips bm25(), which costs more per
  // match than the MATCH itself, so two passes beat one ranked pass with a window count.
  const count = await sql<{ n: number }>`SELECT count(*) AS n FROM ${from} WHERE ${where}`.execute(db);
  return { hits, total: Number(count.rows[0]?.n ?? 0) };
}
