import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { createTestDatabase } from './pg-databases.js';
import type { Store } from '../../src/store/store.js';
import type { StoreOptions } from '../../src/store/kysely-store.js';

/** A store under test and how to throw it away. */
export interface TestStore {
  store: Store;
  /** Where the store lives (an SQLite file or a PostgreSQL URL): a second process opens it there. */
  location: string;
  dispose(): Promise<void>;
}

/** The dialects every store test runs against. PostgreSQL joins when MIDAD_TEST_PG_URL is set. */
export const STORES: Array<{ name: string; open: (opts?: StoreOptions) => Promise<TestStore> }> = [
  { name: 'sqlite', open: openTestSqlite },
  ...(process.env.MIDAD_TEST_PG_URL ? [{ name: 'postgres', open: openTestPostgres }] : []),
];

/** A fresh SQLite file in a temporary directory. */
export async function openTestSqlite(opts: StoreOptions = {}): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'midad-test-'));
  const location = join(dir, 'test.db');
  const store = await openStore(location, opts);
  return {
    store,
    location,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database on the test PostgreSQL server. When MIDAD_TEST_PG_URL is set and the
 * server is down, this throws: the suite fails loudly, it never skips.
 */
export async function openTestPostgres(opts: StoreOptions = {}): Promise<TestStore> {
  const database = await createTestDatabase(process.env.MIDAD_TEST_PG_URL!);
  const store = await openStore(database.url, { ...opts, pg: { max: 4 } });
  return {
    store,
    location: database.url,
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
}
