import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import type { CandidateQuery } from './candidates.js';
import { filterConditions, hiddenArticles } from './filter-sql.js';
import { BM25, DEFAULT_WEIGHTS, INDEX_FIELDS, SCOPE_FIELDS, type IndexDocument, type IndexField, type IndexResult } from './types.js';

/** The tsvector weight letter of each field (phrases and exclusions use the tsvector). */
const WEIGHT_LETTER: Record<IndexField, 'A' | 'B' | 'C' | 'D'> = { headline: 'A', deck: 'B', lead: 'C', body: 'D' };
/** tsvector positions stop at 16383; later words share the last position. */
const MAX_POSITION = 16383;
const SAFE_TERM_RE = /^[\p{L}\p{N}]+$/u;

/**
 * A tsvector literal built by hand: our terms are already analysed, so PostgreSQL's text
 * parser must not see them. Fields are two positions apart so a phrase never spans two.
 */
export function tsvectorLiteral(doc: IndexDocument): string {
  const positions = new Map<string, string[]>();
  let pos = 1;
  for (const field of INDEX_FIELDS) {
    for (const term of doc[field]) {
      if (!SAFE_TERM_RE.test(term)) continue;
      const list = positions.get(term) ?? [];
      list.push(`${Math.min(pos, MAX_POSITION)}${WEIGHT_LETTER[field]}`);
      positions.set(term, list);
      pos++;
    }
    pos += 2;
  }
  return [...positions].map(([term, p]) => `'${term}':${p.join(',')}`).join(' ');
}

/** A tsquery literal for a phrase within the chosen fields: `'a':CD <-> 'b':CD`. */
function phraseQuery(terms: readonly string[], fields: readonly IndexField[]): string | null {
  const clean = terms.filter((t) => SAFE_TERM_RE.test(t));
  if (!clean.length) return null;
  const letters = fields.length === INDEX_FIELDS.length ? '' : `:${fields.map((f) => WEIGHT_LETTER[f]).join('')}`;
  return clean.map((t) => `'${t}'${letters}`).join(' <-> ');
}

/**
 * Candidates by BM25 exactly as SQLite FTS5's bm25() computes it, so both stores pick the same
 * ones: per query term, idf = ln((N − n + 0.5)/(n + 0.5)) (1e-6 when not positive) where n
 * counts articles with the term in the chosen fields; the term's frequency is the
 * field-weighted sum; the length is the article's term count over all fields.
 */
export async function postingsCandidates(db: Kysely<Database>, q: CandidateQuery): Promise<IndexResult> {
  const fields = SCOPE_FIELDS[q.in ?? 'all'];
  const terms = [...new Set(q.terms.filter((t) => SAFE_TERM_RE.test(t)))];
  if (!terms.length) return { hits: [], total: 0 };
  const w = { ...DEFAULT_WEIGHTS, ...q.weights };
  const on = (f: IndexField) => (fields.includes(f) ? 1 : 0);
  // Parameters cast to float8: PostgreSQL would otherwise guess integer from their context.
  const f8 = (x: number) => sql`${x}::float8`;
  const weighted = sql`${f8(w.headline * on('headline'))} * p.tf_h + ${f8(w.deck * on('deck'))} * p.tf_d + ${f8(w.lead * on('lead'))} * p.tf_l + ${f8(w.body * on('body'))} * p.tf_b`;
  const present = sql`(${on('headline')} * p.tf_h + ${on('deck')} * p.tf_d + ${on('lead')} * p.tf_l + ${on('body')} * p.tf_b) > 0`;
  const termMatch = q.prefix ? sql`t.term LIKE qt.term || '%'` : sql`t.term = qt.term`;
  const k1 = f8(BM25.k1);
  const b = f8(BM25.b);

  const newest = q.sort === 'newest';
  const hidden = newest ? null : hiddenArticles(q.filter);
  const conditions = [hidden ? sql`s.article_id NOT IN (${hidden})` : filterConditions(q.filter)];
  for (const p of q.phrases ?? []) {
    const pq = phraseQuery(p, fields);
    if (pq) conditions.push(sql`EXISTS (SELECT 1 FROM search_phrases ph WHERE ph.article_id = s.article_id AND ph.tsv @@ ${pq}::tsquery)`);
  }
  const ex = (q.excluded ?? []).filter((t) => SAFE_TERM_RE.test(t));
  if (ex.length) {
    conditions.push(sql`NOT EXISTS (SELECT 1 FROM search_phrases ph WHERE ph.article_id = s.article_id AND ph.tsv @@ ${ex.map((t) => `'${t}'`).join(' | ')}::tsquery)`);
  }
  const where = sql.join(conditions, sql` AND `);

  const scored = sql`
    WITH qt(term, i) AS (SELECT * FROM unnest(${terms}::text[]) WITH ORDINALITY),
    st AS (SELECT n::float8 AS n, CASE WHEN n > 0 THEN total::float8 / n ELSE 1 END AS avgdl FROM search_stats WHERE id = 1),
    p AS (
      SELECT qt.i, p.article_id, max(p.len) AS len, SUM(${weighted})::float8 AS f
      FROM qt JOIN search_terms t ON ${termMatch} JOIN search_postings p ON p.term_id = t.id
      WHERE ${present}
      GROUP BY qt.i, p.article_id
    ),
    df AS (SELECT i, count(*)::float8 AS hits FROM p GROUP BY i),
    idf AS (SELECT df.i, CASE WHEN ln((st.n - df.hits + 0.5) / (df.hits + 0.5)) <= 0 THEN 1e-6
                              ELSE ln((st.n - df.hits + 0.5) / (df.hits + 0.5)) END AS v FROM df, st),
    s AS (
      SELECT p.article_id, SUM(idf.v * (p.f * (${k1} + 1)) / (p.f + ${k1} * (1 - ${b} + ${b} * p.len / st.avgdl))) AS score
      FROM p JOIN idf ON idf.i = p.i CROSS JOIN st
      GROUP BY p.article_id
    )
    SELECT s.article_id AS id, s.score${hidden ? sql`` : sql`, a.published_at`} FROM s${hidden ? sql`` : sql` JOIN articles a ON a.id = s.article_id`} WHERE ${where}`;
  const order = newest ? sql`m.published_at DESC, m.id DESC` : sql`m.score DESC, m.id ASC`;
  // The total rides along as a window count: one pass over the matches instead of two.
  const rows = await sql<{ id: number; score: number; total: string }>`
    SELECT m.id, m.score, count(*) OVER () AS total FROM (${scored}) m
    ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset ?? 0}`.execute(db);
  let total = Number(rows.rows[0]?.total ?? 0);
  if (!rows.rows.length && (q.offset ?? 0) > 0) {
    // A page past the end has no row to carry the count.
    total = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM (${scored}) x`.execute(db)).rows[0]?.n ?? 0);
  }
  return { hits: rows.rows.map((r) => ({ id: Number(r.id), score: Number(r.score) })), total };
}
