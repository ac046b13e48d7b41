/**
 * The search index's size on disk in each store: on SQLite the pages of the FTS5 tables and the
 * collection tables (dbstat), on PostgreSQL the search tables with their indexes and TOAST.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

/** Tables (and their prefixes) that are the search index, not the articles. */
const SEARCH_PREFIX = 'search_';

/** Bytes of the search index and of the whole database. */
export async function indexSizeBytes(db: string): Promise<{ index: number; total: number }> {
  if (!db.startsWith('postgres')) {
    const d = new Database(db, { readonly: true });
    try {
      const rows = d.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as Array<{ name: string; bytes: number }>;
      const index = rows.filter((r) => r.name.startsWith(SEARCH_PREFIX) || r.name.startsWith('sqlite_autoindex_search_')).reduce((s, r) => s + r.bytes, 0);
      return { index, total: rows.reduce((s, r) => s + r.bytes, 0) };
    } finally {
      d.close();
    }
  }
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  try {
    await c.query('VACUUM ANALYZE');
    const r = await c.query<{ index: string; total: string }>(
      `SELECT sum(pg_total_relation_size(c.oid)) FILTER (WHERE c.relname LIKE '${SEARCH_PREFIX}%') AS index,
              pg_database_size(current_database()) AS total
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')`,
    );
    return { index: Number(r.rows[0]?.index ?? 0), total: Number(r.rows[0]?.total ?? 0) };
  } finally {
    await c.end();
  }
}
