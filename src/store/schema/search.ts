import type { Generated } from 'kysely';

/**
 * The search index's tables (see migrations/002-search.ts). The FTS5 table `search_fts`
 * exists on SQLite only and is reached with raw SQL.
 */
export interface SearchTables {
  /** Normalised surface words and how often they occur: "did you mean" and the stem lexicon. */
  search_words: { word: string; freq: number };
  /** The stem lexicon every process analyses with (a snapshot of the word list, refreshed by reindex). */
  search_lexicon: { word: string; freq: number };
  /** The term dictionary with document frequencies: in any field, in the headline, in the body (lead or body). */
  search_terms: { id: Generated<number>; term: string; df_all: number; df_head: number; df_body: number };
  /** One row per indexed article: its length over all fields and its encoded term counts. */
  search_docs: { article_id: number; len: number; vec: string };
  /** Collection totals (one row, id 1): articles and terms. */
  search_stats: { id: number; n: number; total: number | string };
  /** PostgreSQL: how often a term occurs in each field of an article (candidate retrieval). */
  search_postings: { term_id: number; article_id: number; tf_h: number; tf_d: number; tf_l: number; tf_b: number; len: number };
  /** PostgreSQL: a hand-built tsvector per article, for phrases and exclusions. */
  search_phrases: { article_id: number; tsv: string };
}
