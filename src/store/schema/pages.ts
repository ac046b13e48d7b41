/**
 * Rendered parts of article pages, kept beside the articles (migration 008). Triggers clear
 * `parts` and bump `gen` whenever anything the parts are made from changes.
 */
export interface PageTables {
  article_pages: ArticlePagesTable;
}

export interface ArticlePagesTable {
  article_id: number;
  /** Bumped by every write that makes the stored parts stale. */
  gen: number;
  /** What the parts were rendered with (renderer and site settings), set by the reader that filled them. */
  stamp: string | null;
  /** The rendered parts (JSON, owned by the site), or null until the next reader fills them. */
  parts: string | null;
}
