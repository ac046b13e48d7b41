import type { Article, ArticleInput, ArticleSummary, Author, Section, Status } from '../article/index.js';
import type { SearchIndex } from './search/types.js';
import type { AnnotationRepository } from './annotations/types.js';
import type { ChangeLog } from './changes/repository.js';
import type { NewsroomStore } from './newsroom/types.js';
import type { RelatedRepository } from './related/types.js';
import type { StoredPage } from './articles/pages.js';

export type { StoredPage };

/** Where an import came from and what it said, so a re-import can tell "same" from "changed". */
export interface SourceStamp {
  sourceKey: string;
  contentHash: string;
}

/** Options of a write. */
export interface WriteOptions {
  source?: SourceStamp;
  /** Refuse the update when the stored article changed since the caller read it (optimistic lock). */
  expectedUpdatedAt?: string;
  /** On update, derive a new slug from the new headline (the old one keeps redirecting). */
  regenerateSlug?: boolean;
}

/** A filtered, paginated list request. Public lists pass `publishedBefore` = now. */
export interface ListQuery {
  status?: Status | readonly Status[];
  sectionId?: number;
  authorId?: number;
  tag?: string;
  /** Only articles published at or before this instant (ISO). */
  publishedBefore?: string;
  excludeIds?: readonly number[];
  limit: number;
  offset?: number;
  /** Skip counting the whole list (total is then NaN): home rows and related cards need no total. */
  count?: boolean;
}

/** One page of a list, with the total for pagination. */
export interface ListPage {
  items: ArticleSummary[];
  total: number;
}

/** How a reference (id, external id or slug) found its article. */
export interface Resolved {
  article: Article;
  /** False when the reference was an old slug or a bare id: callers redirect to the canonical URL. */
  canonical: boolean;
}

/** Article persistence. */
export interface ArticleRepository {
  create(input: ArticleInput, options?: WriteOptions): Promise<Article>;
  update(id: number, input: ArticleInput, options?: WriteOptions): Promise<Article>;
  delete(id: number): Promise<void>;
  /** Replaces an article's pinned related articles (references: ids, external ids or slugs; unknown ones are dropped). */
  setPins(id: number, refs: readonly string[]): Promise<number[]>;
  get(id: number): Promise<Article | null>;
  /** Our numeric id, an external id, the current slug or any old slug. */
  resolve(ref: string): Promise<Resolved | null>;
  /** The article an import source key points to, with the stored content hash. */
  findBySource(sourceKey: string): Promise<{ id: number; contentHash: string | null } | null>;
  /** The stored rendered parts of an article's page (null when there is no such article); see migration 008. */
  page(id: number): Promise<StoredPage | null>;
  /** Stores rendered page parts unless a write has touched the article since `gen` was read; true when stored. */
  fillPage(id: number, gen: number, stamp: string, parts: string): Promise<boolean>;
  list(query: ListQuery): Promise<ListPage>;
  /** Summaries of the given ids, in the given order (missing ids skipped). */
  summaries(ids: readonly number[]): Promise<ArticleSummary[]>;
  /** The paragraph texts of many articles in one query (for search snippets). */
  paragraphs(ids: readonly number[]): Promise<Map<number, string[]>>;
  count(status?: Status): Promise<number>;
  /** Every article id in id order, for exports and rebuilds. */
  ids(): Promise<number[]>;
}

/** Sections and authors. */
export interface DirectoryRepository {
  sections(): Promise<Section[]>;
  section(slug: string): Promise<Section | null>;
  authors(): Promise<Author[]>;
  author(slug: string): Promise<Author | null>;
}

/** Small persistent key/value facts (e.g. that the demo content was loaded). */
export interface MetaRepository {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** The one interface the rest of Midad uses; SQLite and PostgreSQL both implement it. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly articles: ArticleRepository;
  readonly directory: DirectoryRepository;
  readonly meta: MetaRepository;
  readonly search: SearchIndex;
  /** What committed writes changed, for the page caches of every process. */
  readonly changes: ChangeLog;
  /** Accounts, sessions, tokens, audit log, revisions, workflow and media of the newsroom. */
  readonly newsroom: NewsroomStore;
  /** Profiles, pools, lists and stories of the related-articles engine. */
  readonly related: RelatedRepository;
  /** People, places, organisations and quotations found in articles, and editors' corrections. */
  readonly annotations: AnnotationRepository;
  /** Runs `fn` in one transaction: everything it writes lands, or nothing does. */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /**
   * Brings the query planner's statistics up to date after a bulk write (a rebuild, a large
   * import), and on PostgreSQL vacuums too (outside a transaction). PostgreSQL plans from
   * statistics its autovacuum gathers, when it is on and has caught up: after a rebuild of
   * 100,000 related lists on a server without it, a publish's related step took 436 ms (p50)
   * with no statistics, 34 ms after ANALYZE and 23 ms after VACUUM (ANALYZE).
   */
  refreshStatistics(): Promise<void>;
  close(): Promise<void>;
}

/** One article write as hooks see it: the article before and after (null when absent). */
export interface ArticleChange {
  id: number;
  before: Article | null;
  after: Article | null;
}

/**
 * Work that must land in the same transaction as an article write (annotations, related
 * lists, the change log), supplied by whoever opens the store. `store` is bound to the
 * write's transaction.
 */
export type ArticleWriteHook = (store: Store, change: ArticleChange) => Promise<void>;
