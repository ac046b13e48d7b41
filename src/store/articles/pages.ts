import { SqliteAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import { prepared } from '../prepared.js';

type Db = Kysely<Database>;

/** An article's stored page parts: opaque to the store (the site renders and reads them). */
export interface StoredPage {
  /** The generation the parts belong to; a fill must name it (see fillPage). */
  gen: number;
  stamp: string | null;
  /**
   * The parts as UTF-8 bytes, as stored; null when a write cleared them and no reader has
   * filled them since. Bytes, because they go to the socket as bytes: turning 20 KB of Arabic
   * into a JavaScript string and back cost more than the rest of the read (~60 µs a page).
   */
  parts: Buffer | null;
}

// SQLite hands a BLOB over as bytes without decoding it; node-pg decodes text either way
// (bytea arrives as hex), so PostgreSQL reads text and encodes it here.
const readRow = prepared((db) =>
  db
    .selectFrom('article_pages')
    .select(['gen', 'stamp'])
    .select(isSqlite(db) ? sql<Buffer | null>`cast(parts as blob)`.as('parts') : sql<string | null>`parts`.as('parts'))
    .where('article_id', '=', 0),
);

function isSqlite(db: Db): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** The stored parts of an article's page, or null when there is no such article. */
export async function readPage(db: Db, id: number): Promise<StoredPage | null> {
  const row = (await readRow(db, [id]))[0];
  if (!row) return null;
  const parts = row.parts as Buffer | string | null;
  return { gen: row.gen, stamp: row.stamp, parts: typeof parts === 'string' ? Buffer.from(parts) : parts };
}

/**
 * Stores rendered parts, only if no write has touched the article since the reader read `gen`
 * (every such write bumps it, see migration 008): a reader that rendered from data a write
 * has since replaced stores nothing. True when stored.
 */
export async function fillPage(db: Db, id: number, gen: number, stamp: string, parts: string): Promise<boolean> {
  const update = async (c: Db) =>
    Number((await c.updateTable('article_pages').set({ stamp, parts }).where('article_id', '=', id).where('gen', '=', gen).executeTakeFirst()).numUpdatedRows) > 0;
  if (!isSqlite(db) || db.isTransaction) return update(db);
  // better-sqlite3 waits for a lock synchronously: while another process writes (an import is
  // one long transaction), a fill would freeze the server for the busy timeout. A fill is only
  // an optimisation, so it tries once and gives up; the next reader tries again.
  return db.connection().execute(async (c) => {
    const { rows } = await sql<{ timeout: number }>`PRAGMA busy_timeout`.execute(c);
    await sql`PRAGMA busy_timeout = 0`.execute(c);
    try {
      return await update(c);
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) return false;
      throw e;
    } finally {
      await sql.raw(`PRAGMA busy_timeout = ${Number(rows[0]?.timeout ?? 5000)}`).execute(c);
    }
  });
}
