import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema/index.js';

type Db = Kysely<Database>;

/**
 * A query compiled once per Kysely instance (each dialect spells SQL and placeholders its own
 * way) and then run with new parameters. Building and compiling a Kysely query costs more
 * than running a small indexed SQLite read (~0.15 ms a page): hot reads skip it.
 * `build` must use one placeholder value per parameter, in the order `run` passes them.
 */
export function prepared<R>(build: (db: Db) => Compilable<R>): (db: Db, parameters: readonly unknown[]) => Promise<R[]> {
  const compiled = new WeakMap<Db, CompiledQuery<R>>();
  return async (db, parameters) => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db).compile();
      compiled.set(db, query);
    }
    return run(db, query, parameters);
  };
}

/** Lists longer than this are compiled on each call (rare: the hot reads list a page's worth of ids). */
const MAX_PREPARED_LIST = 64;

/**
 * A query over a list of ids (`where id in (…)`), compiled once per Kysely instance and list
 * length: `build(db, ids)` is given placeholder ids of the right length, and the real ids are
 * passed as the parameters, in the same order. Placeholders must be the query's only
 * parameters.
 */
export function preparedIn<R>(build: (db: Db, ids: number[]) => Compilable<R>): (db: Db, ids: readonly number[]) => Promise<R[]> {
  const compiled = new WeakMap<Db, Map<number, CompiledQuery<R>>>();
  return async (db, ids) => {
    if (ids.length > MAX_PREPARED_LIST) return (await db.executeQuery(build(db, [...ids]).compile())).rows;
    let byLength = compiled.get(db);
    if (!byLength) compiled.set(db, (byLength = new Map()));
    let query = byLength.get(ids.length);
    if (!query) {
      query = build(db, ids.map(() => 0)).compile();
      byLength.set(ids.length, query);
    }
    return run(db, query, ids);
  };
}

async function run<R>(db: Db, query: CompiledQuery<R>, parameters: readonly unknown[]): Promise<R[]> {
  if (query.parameters.length !== parameters.length) throw new Error(`prepared query takes ${query.parameters.length} parameters, got ${parameters.length}`);
  return (await db.executeQuery<R>({ ...query, parameters })).rows;
}
