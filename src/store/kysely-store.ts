import type { Kysely } from 'kysely';
import { Migrator } from 'kysely';
import type { DialectInfo } from './dialect.js';
import { directoryRepository } from './directory.js';
import { metaRepository } from './meta.js';
import { migrationProvider } from './migrations/index.js';
import { articleRepository } from './articles/repository.js';
import type { Database } from './schema/index.js';
import type { ArticleRepository, DirectoryRepository, MetaRepository, Store } from './store.js';

/** Options shared by both dialects. */
export interface StoreOptions {
  /** The clock writes use; tests pass a fixed one. */
  clock?: () => Date;
}

/** The Store over a Kysely instance (or a transaction of one). */
export class KyselyStore implements Store {
  readonly articles: ArticleRepository;
  readonly directory: DirectoryRepository;
  readonly meta: MetaRepository;
  readonly dialect: DialectInfo['name'];

  constructor(
    readonly db: Kysely<Database>,
    readonly info: DialectInfo,
    private readonly options: StoreOptions = {},
    private readonly onClose: () => Promise<void> = () => db.destroy(),
  ) {
    const clock = options.clock ?? (() => new Date());
    this.dialect = info.name;
    this.articles = articleRepository(db, (fn) => this.inTransaction(fn), clock);
    this.directory = directoryRepository(db);
    this.meta = metaRepository(db);
  }

  /** Runs fn in a transaction, or in the current one when this store is already transaction-bound. */
  private inTransaction<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.db.isTransaction ? fn(this.db) : this.db.transaction().execute(fn);
  }

  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.inTransaction((trx) => fn(new KyselyStore(trx, this.info, this.options, async () => {})));
  }

  /** Brings the schema to the newest version; throws with the failing migration's name. */
  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.info) });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  close(): Promise<void> {
    return this.onClose();
  }
}
