import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The articles' tables. Row types for select/insert/update are derived below; both
 * dialects share this schema. Instants are ISO 8601 UTC text in both stores so that
 * ordering and range filters behave identically; flags are 0/1 integers for the same reason.
 */
export interface CoreTables {
  sections: SectionsTable;
  authors: AuthorsTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_tags: ArticleTagsTable;
  article_slugs: ArticleSlugsTable;
  article_pins: ArticlePinsTable;
  meta: MetaTable;
}

export interface SectionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  position: ColumnType<number, number | undefined, number>;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  external_id: string | null;
  slug: string;
  headline: string;
  deck: string | null;
  kicker: string | null;
  section_id: number | null;
  /** JSON of Image | null. */
  lead_image: string | null;
  /** JSON of Byline (authors' names in order, source, dateline). */
  byline: string;
  /** JSON of Block[]. */
  body: string;
  /** JSON of RelatedCard[] the source page showed. */
  related_cards: string;
  /** Precomputed card teaser, so lists never read bodies. */
  teaser: string;
  has_video: number;
  status: string;
  published_at: string | null;
  updated_at: string;
  created_at: string;
  is_demo: number;
  /** Where an import came from (stable key) and a hash of what it said, for idempotent re-imports. */
  source_key: string | null;
  content_hash: string | null;
}

export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleTagsTable {
  article_id: number;
  tag: string;
  position: number;
}

/** Every slug an article has had, the current one included: old links keep resolving. */
export interface ArticleSlugsTable {
  slug: string;
  article_id: number;
  created_at: string;
}

/** Editor-pinned related articles, in the editor's order. */
export interface ArticlePinsTable {
  article_id: number;
  target_id: number;
  position: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleRowUpdate = Updateable<ArticlesTable>;
export type SectionRow = Selectable<SectionsTable>;
export type AuthorRow = Selectable<AuthorsTable>;
