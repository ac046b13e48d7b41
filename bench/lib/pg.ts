/** A throwaway PostgreSQL database for one benchmark run, dropped afterwards. */
import { createTestDatabase } from '../../test/support/pg-databases.js';

/** Runs `fn` with the URL of a fresh database on the server at `url`, then drops it. */
export async function withPgDatabase<T>(url: string, fn: (dbUrl: string) => Promise<T>): Promise<T> {
  const db = await createTestDatabase(url, 'midad_bench');
  try {
    return await fn(db.url);
  } finally {
    await db.drop();
  }
}
