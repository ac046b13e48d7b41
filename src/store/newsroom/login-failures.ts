import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import type { LoginFailureRepository } from './types.js';

/** Failed logins per account and per client address. */
export function loginFailureRepository(db: Kysely<Database>): LoginFailureRepository {
  return {
    async record(scope, key, at) {
      await db.insertInto('login_failures').values({ scope, key, at }).execute();
    },
    async count(scope, key, since) {
      const row = await db
        .selectFrom('login_failures')
        .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('at').as('latest')])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), latest: (row.latest as string | null) ?? null };
    },
    async clear(scope, key) {
      await db.deleteFrom('login_failures').where('scope', '=', scope).where('key', '=', key).execute();
    },
    async prune(before) {
      await db.deleteFrom('login_failures').where('at', '<', before).execute();
    },
  };
}
