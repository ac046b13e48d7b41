/**
 * The search index's tables. On SQLite the index itself is an FTS5 virtual table
 * (`search_fts`, created by raw SQL in the migration, queried by raw SQL); on PostgreSQL it is
 * the postings tables below, ranked with the same BM25 formula so both stores agree.
 */
export interface SearchTables {
  /** Normalised surface words and how often they occur: "did you mean" and the stem lexicon. */
  search_words: { word: string; freq: number };
  /** The stem lexicon every process analyses with (a snapshot of the word list, refreshed by reindex). */
  search_lexicon: { word: string; freq: number };
  /** PostgreSQL: one row per indexed article: its total term count (BM25's document length) and a tsvector for phrases and exclusions. */
  search_docs: { article_id: number; len: number; tsv: string };
  /** PostgreSQL: the dictionary of index terms. */
  search_terms: { id: import('kysely').Generated<number>; term: string };
  /** PostgreSQL: how often a term occurs in each field of an article. */
  search_postings: { term_id: number; article_id: number; tf_h: number; tf_d: number; tf_l: number; tf_b: number };
  /** PostgreSQL: collection statistics (one row, id 1): article count and total term count. */
  search_stats: { id: number; n: number; total: number | string };
}
