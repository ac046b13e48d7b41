import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import { bm25Score, idf } from './bm25.js';
import type { CandidateIndex } from './candidates.js';
import { collectionStats, documentFrequencies, vectorsOf } from './collection.js';
import { countsIn } from './doc-vector.js';
import { DEFAULT_WEIGHTS, SCOPE_FIELDS, type IndexQuery, type IndexResult, type SearchScope } from './types.js';

/**
 * A term found in more than this share of the articles says little about which article is
 * meant: it does not nominate candidates (it still scores them). Measured on the ANT dev
 * queries: at 0.1 with 150 candidates the ranking equals the exhaustive one.
 */
export const SELECTIVE_SHARE = 0.1;
/** How many candidates the selective terms nominate for exact scoring. */
export const CANDIDATES = 200;
/**
 * The most postings the nominating terms may bring: the index scores every article a nominating
 * term matches, so this bounds a query's cost whatever the collection's size. The rarest terms
 * nominate first (at least one always does); the rest still score every candidate. Measured at
 * 100,000 articles on 300 ANT dev headline queries against nominating with every selective term:
 * at 5,000 the top result is the same for 99.7% of queries and the top 10 overlap 99.4%, and
 * the ranking takes 20 ms instead of 62 (p50). The 10,000-article ANT collection rarely reaches it.
 */
export const NOMINATION_BUDGET = 5000;

const SAFE_TERM_RE = /^[\p{L}\p{N}]+$/u;
const DF_COLUMN: Record<SearchScope, 'df_all' | 'df_head' | 'df_body'> = { all: 'df_all', headline: 'df_head', body: 'df_body' };

/** The terms that nominate candidates: the rarest first, within the postings budget. */
export function nominatingTerms(terms: readonly string[], dfOf: (t: string) => number, budget = NOMINATION_BUDGET): string[] {
  const out: string[] = [];
  let spent = 0;
  for (const t of [...terms].sort((a, b) => dfOf(a) - dfOf(b) || (a < b ? -1 : 1))) {
    if (out.length && spent + dfOf(t) > budget) break;
    out.push(t);
    spent += dfOf(t);
  }
  return out;
}

/**
 * Ranks in two steps, the same on both stores: the query's selective terms nominate
 * candidates through the dialect's own index (FTS5, or postings), which also applies filters,
 * phrases and exclusions; then every candidate is scored with BM25 over all the query's terms
 * from the shared collection tables, exactly as FTS5's bm25() would score the full query. A
 * query of common words alone costs what a full scan costs; one with a name costs little.
 */
export async function rankedQuery(db: Kysely<Database>, index: CandidateIndex, q: IndexQuery): Promise<IndexResult> {
  const terms = [...new Set(q.terms.filter((t) => SAFE_TERM_RE.test(t)))];
  if (!terms.length) return { hits: [], total: 0 };
  // Word beginnings and date order have no exact BM25 to refine: the index answers alone.
  if (q.prefix || q.sort === 'newest') return index.candidates(db, { ...q, terms });

  const scope = q.in ?? 'all';
  const [stats, df] = await Promise.all([collectionStats(db), documentFrequencies(db, terms)]);
  const dfOf = (t: string) => df.get(t)?.[DF_COLUMN[scope]] ?? 0;
  const known = terms.filter((t) => dfOf(t) > 0);
  if (!known.length) return { hits: [], total: 0 };
  const selective = known.filter((t) => dfOf(t) <= SELECTIVE_SHARE * stats.n);
  const nominating = nominatingTerms(selective.length ? selective : known, dfOf);
  const want = (q.offset ?? 0) + q.limit;
  const nominated = await index.candidates(db, { ...q, terms: nominating, sort: 'relevance', limit: Math.max(CANDIDATES, want), offset: 0 });
  if (nominating.length === known.length) {
    // Every matching term nominated: the index's own scores are already exact.
    return { hits: nominated.hits.slice(q.offset ?? 0, want), total: nominated.total };
  }

  const vectors = await vectorsOf(db, nominated.hits.map((h) => h.id));
  const weights = { ...DEFAULT_WEIGHTS, ...q.weights };
  const fields = SCOPE_FIELDS[scope];
  const wanted = new Set(known);
  const idfs = new Map(known.map((t) => [t, idf(stats.n, dfOf(t))]));
  const scored = nominated.hits.map((h) => {
    const v = vectors.get(h.id);
    const counts = v ? countsIn(v.vec, wanted) : new Map();
    const score = v ? bm25Score(known.map((t) => ({ idf: idfs.get(t)!, counts: counts.get(t) })), v.len, stats, weights, fields) : 0;
    return { id: h.id, score };
  });
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  return { hits: scored.slice(q.offset ?? 0, want), total: nominated.total };
}
