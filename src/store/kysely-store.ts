import type { Kysely } from 'kysely';
import type { Article } from '../article/index.js';
import { Migrator, sql } from 'kysely';
import type { DialectInfo } from './dialect.js';
import { directoryRepository } from './directory.js';
import { metaRepository } from './meta.js';
import { migrationProvider } from './migrations/index.js';
import { articleRepository } from './articles/repository.js';
import type { Database } from './schema/index.js';
import { reindexArticle, searchIndex } from './search/repository.js';
import type { Indexer, SearchIndex } from './search/types.js';
import type { ArticleRepository, ArticleWriteHook, DirectoryRepository, MetaRepository, Store } from './store.js';
import { getArticle } from './articles/read.js';
import { annotationRepository } from './annotations/repository.js';
import type { AnnotationRepository } from './annotations/types.js';
import { changeLog, type ChangeLog, type ChangeSignals } from './changes/repository.js';
import { newsroomStore } from './newsroom/index.js';
import { workflowRepository } from './newsroom/workflow.js';
import type { NewsroomStore } from './newsroom/types.js';
import { relatedRepository } from './related/repository.js';
import type { RelatedRepository } from './related/types.js';

/** Options shared by both dialects. */
export interface StoreOptions {
  /** The clock writes use; tests pass a fixed one. */
  clock?: () => Date;
  /** Analyses articles for the search index; without it, writes leave the index alone. */
  indexer?: Indexer;
  /** Run inside every article write's transaction, in order. */
  hooks?: readonly ArticleWriteHook[];
}

/** The Store over a Kysely instance (or a transaction of one). */
export class KyselyStore implements Store {
  readonly articles: ArticleRepository;
  readonly directory: DirectoryRepository;
  readonly meta: MetaRepository;
  readonly search: SearchIndex;
  readonly newsroom: NewsroomStore;
  readonly related: RelatedRepository;
  readonly annotations: AnnotationRepository;
  readonly dialect: DialectInfo['name'];

  readonly changes: ChangeLog;

  constructor(
    readonly db: Kysely<Database>,
    readonly info: DialectInfo,
    private readonly options: StoreOptions = {},
    private readonly signals: ChangeSignals = { localCommit: new Set() },
    private readonly onClose: () => Promise<void> = () => db.destroy(),
  ) {
    const clock = options.clock ?? (() => new Date());
    this.dialect = info.name;
    const tx = <T>(fn: (db: Kysely<Database>) => Promise<T>) => this.inTransaction(fn);
    // What follows every article write, in its transaction: the search index, then the hooks
    // (related lists, annotations, the page-cache log).
    const afterWrite = async (trx: Kysely<Database>, id: number, before: Article | null, after: Article | null) => {
      if (options.indexer) await reindexArticle(trx, info, options.indexer, id, before, after);
      if (options.hooks?.length) {
        const bound = new KyselyStore(trx, info, options, signals, async () => {});
        for (const hook of options.hooks) await hook(bound, { id, before, after });
      }
    };
    this.articles = articleRepository(db, tx, clock, afterWrite);
    this.directory = directoryRepository(db);
    this.meta = metaRepository(db);
    this.search = searchIndex(db, info, options.indexer, getArticle, tx);
    this.newsroom = withWorkflowWrites(newsroomStore(db), tx, afterWrite);
    this.related = relatedRepository(db, info);
    this.annotations = annotationRepository(db, clock);
    this.changes = changeLog(db, info, signals, clock);
  }

  /** Runs fn in a transaction, or in the current one when this store is already transaction-bound. */
  private async inTransaction<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this.db);
    const result = await this.db.transaction().execute(fn);
    // Committed: whoever caches pages of this store re-reads the change log.
    for (const listener of this.signals.localCommit) listener();
    return result;
  }

  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.inTransaction((trx) => fn(new KyselyStore(trx, this.info, this.options, this.signals, async () => {})));
  }

  /** Brings the schema to the newest version; throws with the failing migration's name. */
  async migrate(): Promise<void> {
    // On PostgreSQL, name the schema we live in: without it Kysely looks for its migration
    // tables in every schema and takes another schema's for ours.
    const schema =
      this.info.name === 'postgres'
        ? (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(this.db)).rows[0]?.s
        : undefined;
    const migrator = new Migrator({
      db: this.db,
      provider: migrationProvider(this.info),
      ...(schema ? { migrationTableSchema: schema } : {}),
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async refreshStatistics(): Promise<void> {
    // SQLite's own optimize runs ANALYZE only where the planner would gain from it.
    if (this.info.name === 'sqlite') {
      await sql`PRAGMA optimize`.execute(this.db);
      return;
    }
    // VACUUM cannot run inside a transaction; statistics alone then.
    if (this.db.isTransaction) {
      await sql`ANALYZE`.execute(this.db);
      return;
    }
    // VACUUM as well as ANALYZE, table by table in our schema: it marks the pages a bulk write
    // filled as visible to all, without which the covering indexes (related postings, search
    // postings) still visit the table for every row they return, and it reclaims the rows the
    // write path's pending-counter tables leave behind. Autovacuum does both when it is on and
    // has caught up; on a server without it, a publish's candidate query at 100,000 articles
    // took 45 ms before and 8 ms after, and its commit 420 ms before and 2 ms after.
    const { rows } = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`.execute(this.db);
    if (rows.length) await sql`VACUUM (ANALYZE) ${sql.join(rows.map((r) => sql.table(r.name)))}`.execute(this.db);
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

/**
 * A workflow move (publish, unpublish, schedule, the scheduler's publish) changes an article
 * as much as an edit does: it runs the same after-write step, so the index, related lists,
 * annotations and cached pages follow a publish from the newsroom like any other write.
 */
function withWorkflowWrites(
  newsroom: NewsroomStore,
  tx: <T>(fn: (db: Kysely<Database>) => Promise<T>) => Promise<T>,
  afterWrite: (trx: Kysely<Database>, id: number, before: Article | null, after: Article | null) => Promise<void>,
): NewsroomStore {
  return {
    ...newsroom,
    workflow: {
      ...newsroom.workflow,
      transition: (t) =>
        tx(async (trx) => {
          const before = await getArticle(trx, t.id);
          const moved = await workflowRepository(trx).transition(t);
          if (moved) await afterWrite(trx, t.id, before, await getArticle(trx, t.id));
          return moved;
        }),
    },
  };
}
