/**
 * In-memory BM25 that mirrors SQLite FTS5's `bm25()` (ext/fts5/fts5_aux.c), so analyzer
 * experiments rank the way the product will:
 *  - idf = ln((N − n + 0.5) / (n + 0.5)), and 1e-6 when that is ≤ 0 (terms in over half the rows
 *    count for almost nothing);
 *  - a term's frequency is Σ over columns of (column weight × occurrences in that column);
 *  - the row length D is its token count over ALL columns, unweighted; avgdl = all tokens / N;
 *  - score = Σ over query phrases of idf × f(k1+1) / (f + k1(1 − b + b·D/avgdl)), with k1 = 1.2 and
 *    b = 0.75 in FTS5 (other values are allowed here only for comparison);
 *  - a query is the OR of its terms; a term given twice is two phrases and counts twice, as in
 *    FTS5's `a OR a`.
 * FTS5 returns −score so that ORDER BY ascends; here higher is better.
 */

/** BM25 saturation and length-normalisation constants. */
export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

/** The constants FTS5's bm25() hard-codes. */
export const FTS5_PARAMS: Bm25Params = { k1: 1.2, b: 0.75 };

/** One ranked document. */
export interface Hit {
  readonly id: string;
  readonly score: number;
}

/** Options of one search. */
export interface SearchOptions {
  readonly limit?: number;
  readonly params?: Bm25Params;
  /** Weight of each column (FTS5's bm25(t, w0, w1, …)); missing columns weigh 1. */
  readonly weights?: readonly number[];
}

const IDF_FLOOR = 1e-6;

interface Posting {
  readonly docs: number[];
  /** tf of the term in column c of docs[i] at index i * columns + c. */
  readonly tf: number[];
}

/** A BM25 index over documents made of `columns` columns of analysed terms. */
export class Bm25Index {
  private readonly ids: string[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<string, Posting>();
  private totalTokens = 0;

  constructor(readonly columns = 1) {}

  /** Number of documents indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** Adds a document: one list of terms per column. */
  add(id: string, columns: readonly (readonly string[])[]): void {
    const doc = this.ids.length;
    this.ids.push(id);
    let length = 0;
    const counts = new Map<string, number[]>();
    columns.forEach((terms, c) => {
      length += terms.length;
      for (const term of terms) {
        let perColumn = counts.get(term);
        if (!perColumn) counts.set(term, (perColumn = new Array<number>(this.columns).fill(0)));
        perColumn[c]! += 1;
      }
    });
    for (const [term, perColumn] of counts) {
      let p = this.postings.get(term);
      if (!p) this.postings.set(term, (p = { docs: [], tf: [] }));
      p.docs.push(doc);
      p.tf.push(...perColumn);
    }
    this.lengths.push(length);
    this.totalTokens += length;
  }

  /** FTS5's idf of a term (floored at 1e-6). */
  idf(term: string): number {
    const n = this.postings.get(term)?.docs.length ?? 0;
    const idf = Math.log((this.ids.length - n + 0.5) / (n + 0.5));
    return idf <= 0 ? IDF_FLOOR : idf;
  }

  /** Ranks the documents matching any of `terms` (the OR query), best first. */
  search(terms: readonly string[], options: SearchOptions = {}): Hit[] {
    const { k1, b } = options.params ?? FTS5_PARAMS;
    const weights = Array.from({ length: this.columns }, (_, c) => options.weights?.[c] ?? 1);
    const avgdl = this.totalTokens / Math.max(this.ids.length, 1);
    const scores = new Map<number, number>();
    for (const term of terms) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = this.idf(term);
      for (let i = 0; i < p.docs.length; i++) {
        let f = 0;
        for (let c = 0; c < this.columns; c++) f += weights[c]! * p.tf[i * this.columns + c]!;
        if (f === 0) continue;
        const doc = p.docs[i]!;
        const norm = k1 * (1 - b + (b * this.lengths[doc]!) / avgdl);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * (f * (k1 + 1))) / (f + norm));
      }
    }
    const hits = [...scores].map(([doc, score]) => ({ id: this.ids[doc]!, score }));
    hits.sort((x, y) => y.score - x.score || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
    return hits.slice(0, options.limit ?? 100);
  }
}
