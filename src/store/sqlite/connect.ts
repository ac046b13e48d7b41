import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from '../schema/index.js';

/**
 * Opens an SQLite file with the settings a web server wants: WAL (readers never wait for
 * the writer), foreign keys enforced, a busy timeout instead of instant SQLITE_BUSY when a
 * second process writes, and NORMAL sync (durable at checkpoints, safe under WAL).
 */
export function connectSqlite(path: string): Kysely<Schema> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
}
