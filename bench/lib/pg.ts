/** A throwaway PostgreSQL schema for one benchmark run, dropped afterwards. */
import pg from 'pg';

/** Runs `fn` with a fresh schema name on the server at `url`, then drops the schema. */
export async function withPgSchema<T>(url: string, fn: (schema: string) => Promise<T>): Promise<T> {
  const schema = `midad_bench_${process.pid}_${Date.now().toString(36)}`;
  try {
    return await fn(schema);
  } finally {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}
