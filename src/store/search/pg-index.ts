import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import { filterConditions } from './filter-sql.js';
import { BM25, DEFAULT_WEIGHTS, INDEX_FIELDS, type IndexDocument, type IndexField, type IndexQuery, type IndexResult } from './types.js';

/** The tsvector weight letter of each field (phrases and exclusions use the tsvector). */
const WEIGHT_LETTER: Record<IndexField, 'A' | 'B' | 'C' | 'D'> = { headline: 'A', deck: 'B', lead: 'C', body: 'D' };
/** tsvector positions stop at 16383; later words share the last position. */
const MAX_POSITION = 16383;
const SAFE_TERM_RE = /^[\p{L}\p{N}]+$/u;

/**
 * A tsvector literal built by hand: our terms are already analysed, so PostgreSQL's text
 * parser must not see them. Fields are two positions apart so a phrase never spans two.
 */
function tsvectorLiteral(doc: IndexDocument): string {
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

/** Term frequencies per field. */
type Freq = { h: number; d: number; l: number; b: number };

function frequencies(doc: IndexDocument): Map<string, Freq> {
  const tf = new Map<string, Freq>();
  const add = (terms: readonly string[], key: keyof Freq) => {
    for (const t of terms) {
      if (!SAFE_TERM_RE.test(t)) continue;
      const e = tf.get(t) ?? { h: 0, d: 0, l: 0, b: 0 };
      e[key]++;
      tf.set(t, e);
    }
  };
  add(doc.headline, 'h');
  add(doc.deck, 'd');
  add(doc.lead, 'l');
  add(doc.body, 'b');
  return tf;
}

const CHUNK = 500;

/** Replaces (or, with null, removes) an article's postings, keeping the collection statistics exact. */
export async function writePostings(db: Kysely<Database>, id: number, doc: IndexDocument | null): Promise<void> {
  const old = await db.deleteFrom('search_docs').where('article_id', '=', id).returning('len').executeTakeFirst();
  await db.deleteFrom('search_postings').where('article_id', '=', id).execute();
  let dn = old ? -1 : 0;
  let dtotal = old ? -old.len : 0;
  if (doc) {
    const tf = frequencies(doc);
    const terms = [...tf.keys()];
    const ids = new Map<string, number>();
    for (let i = 0; i < terms.length; i += CHUNK) {
      const chunk = terms.slice(i, i + CHUNK);
      await db.insertInto('search_terms').values(chunk.map((term) => ({ term }))).onConflict((oc) => oc.column('term').doNothing()).execute();
      for (const r of await db.selectFrom('search_terms').select(['id', 'term']).where('term', 'in', chunk).execute()) ids.set(r.term, r.id);
    }
    const rows = terms.map((t) => {
      const f = tf.get(t)!;
      return { term_id: ids.get(t)!, article_id: id, tf_h: f.h, tf_d: f.d, tf_l: f.l, tf_b: f.b };
    });
    for (let i = 0; i < rows.length; i += CHUNK) await db.insertInto('search_postings').values(rows.slice(i, i + CHUNK)).execute();
    const len = doc.headline.length + doc.deck.length + doc.lead.length + doc.body.length;
    await db
      .insertInto('search_docs')
      .values({ article_id: id, len, tsv: sql`${tsvectorLiteral(doc)}::tsvector` as unknown as string })
      .execute();
    dn += 1;
    dtotal += len;
  }
  if (dn !== 0 || dtotal !== 0) {
    await db
      .updateTable('search_stats')
      .set((eb) => ({ n: eb('n', '+', dn), total: eb('total', '+', dtotal) }))
      .where('id', '=', 1)
      .execute();
  }
}

/** A tsquery literal for a phrase within the chosen fields: `'a':C <-> 'b':C`. */
function phraseQuery(terms: readonly string[], fields: readonly IndexField[]): string | null {
  const clean = terms.filter((t) => SAFE_TERM_RE.test(t));
  if (!clean.length) return null;
  const letters = fields.length === INDEX_FIELDS.length ? '' : `:${fields.map((f) => WEIGHT_LETTER[f]).join('')}`;
  return clean.map((t) => `'${t}'${letters}`).join(' <-> ');
}

/**
 * BM25 exactly as SQLite FTS5's bm25() computes it, so both stores rank alike: per query
 * term, idf = ln((N − n + 0.5)/(n + 0.5)) (1e-6 when not positive) where n counts articles
 * with the term in the chosen fields; the term's frequency is the field-weighted sum; the
 * document length is the article's term count over all fields.
 */
export async function queryPostings(db: Kysely<Database>, q: IndexQuery): Promise<IndexResult> {
  const fields = q.fields?.length ? q.fields : INDEX_FIELDS;
  const terms = [...new Set(q.terms.filter((t) => SAFE_TERM_RE.test(t)))];
  if (!terms.length) return { hits: [], total: 0 };
  const w = { ...DEFAULT_WEIGHTS, ...q.weights };
  const on = (f: IndexField) => (fields.includes(f) ? 1 : 0);
  // Parameters cast to float8: PostgreSQL would otherwise guess integer from their context.
  const f8 = (x: number) => sql`${x}::float8`;
  const wh = f8(w.headline * on('headline'));
  const wd = f8(w.deck * on('deck'));
  const wl = f8(w.lead * on('lead'));
  const wb = f8(w.body * on('body'));
  const k1 = f8(BM25.k1);
  const b = f8(BM25.b);
  const present = sql`(${on('headline')} * p.tf_h + ${on('deck')} * p.tf_d + ${on('lead')} * p.tf_l + ${on('body')} * p.tf_b) > 0`;
  const termMatch = q.prefix ? sql`t.term LIKE qt.term || '%'` : sql`t.term = qt.term`;

  const conditions = [filterConditions(q.filter)];
  for (const p of q.phrases ?? []) {
    const pq = phraseQuery(p, fields);
    if (pq) conditions.push(sql`d.tsv @@ ${pq}::tsquery`);
  }
  const ex = (q.excluded ?? []).filter((t) => SAFE_TERM_RE.test(t));
  if (ex.length) conditions.push(sql`NOT (d.tsv @@ ${ex.map((t) => `'${t}'`).join(' | ')}::tsquery)`);
  const where = sql.join(conditions, sql` AND `);

  const scored = sql`
    WITH qt(term, i) AS (SELECT * FROM unnest(${terms}::text[]) WITH ORDINALITY),
    st AS (SELECT n::float8 AS n, CASE WHEN n > 0 THEN total::float8 / n ELSE 1 END AS avgdl FROM search_stats WHERE id = 1),
    p AS (
      SELECT qt.i, p.article_id, SUM(${wh} * p.tf_h + ${wd} * p.tf_d + ${wl} * p.tf_l + ${wb} * p.tf_b)::float8 AS f
      FROM qt JOIN search_terms t ON ${termMatch} JOIN search_postings p ON p.term_id = t.id
      WHERE ${present}
      GROUP BY qt.i, p.article_id
    ),
    df AS (SELECT i, count(*)::float8 AS hits FROM p GROUP BY i),
    idf AS (SELECT df.i, CASE WHEN ln((st.n - df.hits + 0.5) / (df.hits + 0.5)) <= 0 THEN 1e-6
                              ELSE ln((st.n - df.hits + 0.5) / (df.hits + 0.5)) END AS v FROM df, st),
    scores AS (
      SELECT p.article_id, SUM(idf.v * (p.f * (${k1} + 1)) / (p.f + ${k1} * (1 - ${b} + ${b} * d.len / st.avgdl))) AS score
      FROM p JOIN idf ON idf.i = p.i JOIN search_docs d ON d.article_id = p.article_id CROSS JOIN st
      GROUP BY p.article_id
    )
    SELECT s.article_id AS id, s.score FROM scores s
      JOIN articles a ON a.id = s.article_id JOIN search_docs d ON d.article_id = s.article_id
      WHERE ${where}`;
  const order = q.sort === 'newest' ? sql`a.published_at DESC, a.id DESC` : sql`score DESC, id ASC`;
  const [rows, total] = await Promise.all([
    sql<{ id: number; score: number }>`${scored} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset ?? 0}`.execute(db),
    sql<{ n: string }>`SELECT count(*) AS n FROM (${scored}) x`.execute(db),
  ]);
  return { hits: rows.rows.map((r) => ({ id: Number(r.id), score: Number(r.score) })), total: Number(total.rows[0]?.n ?? 0) };
}

/** How many articles the postings index holds. */
export async function postingsCount(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('search_stats').select('n').where('id', '=', 1).executeTakeFirst();
  return Number(r?.n ?? 0);
}
