/** The fields an article is indexed under, in BM25 column order. */
export const INDEX_FIELDS = ['headline', 'deck', 'lead', 'body'] as const;
/** One indexed field. */
export type IndexField = (typeof INDEX_FIELDS)[number];

/** The field groups a search can be limited to. */
export type SearchScope = 'all' | 'headline' | 'body';

/** The fields of each scope (the lead is the body's first sentence, so it belongs to the body). */
export const SCOPE_FIELDS: Record<SearchScope, readonly IndexField[]> = {
  all: INDEX_FIELDS,
  headline: ['headline'],
  body: ['lead', 'body'],
};

/**
 * An article as the index stores it: analysed terms per field (in text order, so phrases
 * work) and the normalised surface words for the word list. The store never analyses text
 * itself; whoever opens it passes an `Indexer` (the Arabic analyzer lives above the store).
 */
export interface IndexDocument {
  headline: readonly string[];
  deck: readonly string[];
  /** The body's first sentence: news puts the story there, and a headline paraphrases it. */
  lead: readonly string[];
  body: readonly string[];
  /** Normalised surface words, for "did you mean" and the stem lexicon. */
  words: readonly string[];
}

/** What an indexer reads of an article. */
export interface IndexableArticle {
  headline: string;
  deck: string | null;
  body: ReadonlyArray<{ type: string; text?: string; caption?: string }>;
  leadImage?: { caption: string } | null;
}

/** Turns an article into its index document (injected by the composition root). */
export type Indexer = (article: IndexableArticle) => IndexDocument;

/** Filters applied to ranked hits (by joining the articles table). */
export interface IndexFilter {
  status?: string;
  publishedBefore?: string;
  from?: string;
  to?: string;
  sectionId?: number;
  authorId?: number;
}

/** A ranked query over the index, already analysed. */
export interface IndexQuery {
  /** Scored terms, OR-ed: BM25 over these. */
  terms: readonly string[];
  /** Each phrase must occur as consecutive terms (in one of the fields). */
  phrases?: readonly (readonly string[])[];
  /** No term of these may occur. */
  excluded?: readonly string[];
  /** Where to look: every field (default), headlines only, or the body (lead and body). */
  in?: SearchScope;
  /** BM25 weight of each field. */
  weights?: Partial<Record<IndexField, number>>;
  /** Match terms as prefixes (the relaxed retry). */
  prefix?: boolean;
  filter?: IndexFilter;
  sort?: 'relevance' | 'newest';
  limit: number;
  offset?: number;
}

/** A ranked article id and its BM25 score (higher is better). */
export interface IndexHit {
  id: number;
  score: number;
}

/** A page of hits and the number of articles that match in all. */
export interface IndexResult {
  hits: IndexHit[];
  total: number;
}

/**
 * The default field weights: a headline word counts most, then the lead sentence and the deck,
 * then the rest of the body. The lead's 4 against the body's 1 was chosen on the first half of
 * the ANT dev queries (bench/analyzer/ant.ts) and holds on the second half.
 */
export const DEFAULT_WEIGHTS: Record<IndexField, number> = { headline: 6, deck: 3, lead: 4, body: 1 };

/** BM25 parameters: FTS5's built-in bm25() uses these and cannot change them, so PostgreSQL mirrors them. */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/** The search index of a store. */
export interface SearchIndex {
  query(q: IndexQuery): Promise<IndexResult>;
  /** Words of the word list starting with `prefix`, most frequent first. */
  words(prefix: string, limit: number): Promise<Array<{ word: string; freq: number }>>;
  /** The stem lexicon in use (the snapshot the last reindex took). */
  lexicon(): Promise<Map<string, number>>;
  /** Replaces the stem lexicon with the word list's words seen at least `minFreq` times; returns its size. */
  snapshotLexicon(minFreq: number): Promise<number>;
  /** Re-indexes every article in batches (each its own transaction); reports progress. */
  rebuild(onProgress?: (done: number, total: number) => void, batchSize?: number): Promise<number>;
  /** How many articles the index holds. */
  count(): Promise<number>;
}
