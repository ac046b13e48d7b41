import type { Generated, Selectable } from 'kysely';

/**
 * The related-articles engine's tables: what it knows of each article (a profile of weighted
 * features), the collection statistics its idf needs, each article's scored neighbours (the pool)
 * and chosen list, and stories. Bytes are BLOB on SQLite
 * and bytea on PostgreSQL; instants are ISO 8601 text like the core tables.
 */
export interface RelatedTables {
  related_profiles: RelatedProfilesTable;
  related_df: { feature: number; df: number };
  /** One row (id 1): articles with a profile, the N of the idf. */
  related_stats: { id: number; n: number };
  /** Each article's signature features (its heaviest), the inverted index candidates come from. */
  related_postings: { feature: number; article_id: number; weight: number };
  related_pool: RelatedPoolTable;
  related_picks: RelatedPicksTable;
  stories: StoriesTable;
  story_members: StoryMembersTable;
  story_links: StoryLinksTable;
}

/** An article as the engine compares it (only articles readers may see, now or when scheduled). */
export interface RelatedProfilesTable {
  article_id: number;
  published_at: string | null;
  section_id: number | null;
  /** Encoded sparse vectors (ids and weights), see src/related/sparse.ts. */
  title: Uint8Array;
  content: Uint8Array;
  tags: Uint8Array;
  entities: Uint8Array;
  /** MinHash signature of the word shingles. */
  minhash: Uint8Array;
  has_body: number;
  /** Mean of the article's five best text similarities (the hub penalty's measure)… */
  hub: number;
  /** …and those five similarities (float32 bytes), so a new neighbour updates it without reading the pool. */
  hub_top: Uint8Array;
  /** Rows in the article's pool, and the score a newcomer must beat to enter it when full. */
  pool_count: number;
  pool_floor: number;
  /** The score a newcomer must beat to change the article's chosen list. */
  list_floor: number;
}

/** A scored neighbour of an article: the best `poolSize` are kept, the list is chosen from them. */
export interface RelatedPoolTable {
  article_id: number;
  target_id: number;
  score: number;
  /** Text similarity alone: the hub measure is recomputed from it. */
  text: number;
  /** JSON of the score's parts, for explanations and reselection. */
  parts: string;
}

/** The chosen list of an article, one row per article (written whole, so concurrent writers cannot interleave rows). */
export interface RelatedPicksTable {
  article_id: number;
  /** JSON array of { id, score, parts }. */
  picks: string;
  updated_at: string;
}

/** A developing story: a connected group of linked articles. */
export interface StoriesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  created_at: string;
  updated_at: string;
  /** Set when the story was merged into another: its page redirects there. */
  merged_into: number | null;
}

export interface StoryMembersTable {
  article_id: number;
  story_id: number;
  published_at: string | null;
}

/** A link between two articles of one story, stored in both directions. */
export interface StoryLinksTable {
  article_id: number;
  other_id: number;
  affinity: number;
}

export type RelatedProfileRow = Selectable<RelatedProfilesTable>;
export type StoryRow = Selectable<StoriesTable>;
