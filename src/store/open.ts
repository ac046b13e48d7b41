import { POSTGRES, SQLITE } from './dialect.js';
import { KyselyStore, type StoreOptions } from './kysely-store.js';
import { connectPostgres, type PgOptions } from './postgres/connect.js';
import { connectSqlite } from './sqlite/connect.js';
import type { Store } from './store.js';

/** The default store location: an SQLite file under ./data. */
export const DEFAULT_DB = './data/midad.db';

/** Whether a --db value names a PostgreSQL server rather than an SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Opens the store a `--db` value names (a file path → SQLite, `postgres://…` → PostgreSQL)
 * and brings its schema up to date. The only place that picks a dialect.
 */
export async function openStore(db: string = DEFAULT_DB, options: StoreOptions & { pg?: PgOptions } = {}): Promise<Store> {
  let store: KyselyStore;
  if (isPostgresUrl(db)) {
    store = new KyselyStore(await connectPostgres(db, options.pg), POSTGRES, options, { localCommit: new Set(), pgUrl: db });
  } else {
    const sqlite = connectSqlite(db);
    let seen = sqlite.dataVersion();
    const probe = () => {
      const v = sqlite.dataVersion();
      const changed = v !== seen;
      seen = v;
      return changed;
    };
    store = new KyselyStore(sqlite.db, SQLITE, options, { localCommit: new Set(), probe });
  }
  try {
    await store.migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
