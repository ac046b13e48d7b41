import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from '../schema/index.js';

/**
 * Prepared statements kept per connection; past this the oldest are dropped. Hot reads over id
 * lists are compiled per list length (store/prepared.ts), a few dozen statements each.
 */
const STATEMENT_CACHE = 400;

/**
 * better-sqlite3 compiles a statement on every prepare(), and Kysely prepares per query:
 * a third of a page render went to compiling the same SQL again. Statements are reused by
 * their SQL text (Kysely runs one query at a time on the connection, so sharing is safe).
 */
function withStatementCache(database: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = database.prepare(sql);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

/**
 * Opens an SQLite file with the settings a web server wants: WAL (readers never wait for
 * the writer), foreign keys enforced, a busy timeout instead of instant SQLITE_BUSY when a
 * second process writes, and NORMAL sync (durable at checkpoints, safe under WAL).
 */
export function connectSqlite(path: string): { db: Kysely<Schema>; dataVersion: () => number } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  // 4 MiB of page cache (the driver's default is 16): the operating system caches the file
  // too, and a serving process must stay small with 100,000 articles (issue 9).
  database.pragma('cache_size = -4000');
  // data_version changes when another connection commits: a cheap, synchronous "did anything change?".
  const version = database.prepare('PRAGMA data_version').pluck();
  return { db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }), dataVersion: () => version.get() as number };
}
