import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import type { CollectionStats } from './bm25.js';
import { countsIn, encodeVector, lengthOf, presentIn, vectorOf, type DocVector, type FieldCounts } from './doc-vector.js';
import { SCOPE_FIELDS, type IndexDocument } from './types.js';

/** Rows per statement (well under both dialects' parameter limits). */
const CHUNK = 300;

/** Decodes every term of a stored vector. */
export function decodeAll(encoded: string): Map<string, FieldCounts> {
  const all = new Set<string>();
  for (const part of encoded ? encoded.split(' ') : []) all.add(part.slice(0, part.indexOf(':')));
  return countsIn(encoded, all);
}

/** The document-frequency change of one term between an old and a new vector. */
function dfDelta(oldC: FieldCounts | undefined, newC: FieldCounts | undefined) {
  const d = (fields: (typeof SCOPE_FIELDS)['all']) =>
    (newC && presentIn(newC, fields) ? 1 : 0) - (oldC && presentIn(oldC, fields) ? 1 : 0);
  return { df_all: d(SCOPE_FIELDS.all), df_head: d(SCOPE_FIELDS.headline), df_body: d(SCOPE_FIELDS.body) };
}

/** The document-frequency changes (non-zero only) of replacing one article's vector by another. */
export function termDeltas(oldV: DocVector, newV: DocVector): Array<{ term: string; df_all: number; df_head: number; df_body: number }> {
  return [...new Set([...oldV.keys(), ...newV.keys()])]
    .map((term) => ({ term, ...dfDelta(oldV.get(term), newV.get(term)) }))
    .filter((r) => r.df_all || r.df_head || r.df_body);
}

/**
 * Replaces (or, with null, removes) an article's row in the collection tables: its vector and
 * length, the document frequencies of its old and new terms, and the collection totals.
 * Returns the new vector, for the dialect's own index.
 */
export async function writeCollection(db: Kysely<Database>, id: number, doc: IndexDocument | null): Promise<DocVector | null> {
  const old = await db.deleteFrom('search_docs').where('article_id', '=', id).returning(['len', 'vec']).executeTakeFirst();
  const oldV = old ? decodeAll(old.vec) : new Map<string, FieldCounts>();
  const newV = doc ? vectorOf(doc) : new Map<string, FieldCounts>();
  const rows = termDeltas(oldV, newV);
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('search_terms')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.column('term').doUpdateSet((eb) => ({
          df_all: eb('search_terms.df_all', '+', eb.ref('excluded.df_all')),
          df_head: eb('search_terms.df_head', '+', eb.ref('excluded.df_head')),
          df_body: eb('search_terms.df_body', '+', eb.ref('excluded.df_body')),
        })),
      )
      .execute();
  }
  const len = doc ? lengthOf(doc) : 0;
  if (doc) await db.insertInto('search_docs').values({ article_id: id, len, vec: encodeVector(newV) }).execute();
  const dn = (doc ? 1 : 0) - (old ? 1 : 0);
  const dtotal = len - (old?.len ?? 0);
  if (dn || dtotal) {
    await db
      .updateTable('search_stats')
      .set((eb) => ({ n: eb('n', '+', dn), total: eb('total', '+', dtotal) }))
      .where('id', '=', 1)
      .execute();
  }
  return doc ? newV : null;
}

/** The collection totals. */
export async function collectionStats(db: Kysely<Database>): Promise<CollectionStats> {
  const r = await db.selectFrom('search_stats').select(['n', 'total']).where('id', '=', 1).executeTakeFirst();
  return { n: Number(r?.n ?? 0), total: Number(r?.total ?? 0) };
}

/** Document frequencies of some terms, per scope column. */
export async function documentFrequencies(
  db: Kysely<Database>,
  terms: readonly string[],
): Promise<Map<string, { df_all: number; df_head: number; df_body: number; id: number }>> {
  const out = new Map<string, { df_all: number; df_head: number; df_body: number; id: number }>();
  if (!terms.length) return out;
  const rows = await db.selectFrom('search_terms').select(['id', 'term', 'df_all', 'df_head', 'df_body']).where('term', 'in', terms as string[]).execute();
  for (const r of rows) out.set(r.term, { id: r.id, df_all: Number(r.df_all), df_head: Number(r.df_head), df_body: Number(r.df_body) });
  return out;
}

/** Stored lengths and vectors of some articles. */
export async function vectorsOf(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, { len: number; vec: string }>> {
  const out = new Map<number, { len: number; vec: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('search_docs').select(['article_id', 'len', 'vec']).where('article_id', 'in', ids.slice(i, i + 500) as number[]).execute();
    for (const r of rows) out.set(r.article_id, { len: r.len, vec: r.vec });
  }
  return out;
}
