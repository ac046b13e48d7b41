import { Kysely, PostgresDialect } from 'kysely';
import type { Database as Schema } from '../schema/index.js';

/** Options for a PostgreSQL store. */
export interface PgOptions {
  /** Put Midad's tables in this schema (created if missing); tests use one schema per run. */
  schema?: string;
  /** Pool size per process. */
  max?: number;
}

const SCHEMA_NAME_RE = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens a pooled PostgreSQL connection; fails loudly when the server is unreachable. */
export async function connectPostgres(url: string, options: PgOptions = {}): Promise<Kysely<Schema>> {
  // The PostgreSQL driver is loaded only by stores that use it.
  const { default: pg } = await import('pg');
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME_RE.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server closes (a restart, an administrator, a dropped test
  // database) is discarded by the pool and replaced on the next query; without a listener
  // the pool's 'error' event would end the process.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL closed an idle connection: ${err.message}`));
  // Prove the server answers now rather than on the first page view.
  const probe = await pool.connect();
  probe.release();
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}
