import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import type { SecretRepository } from './types.js';

/** Server secrets in the meta table, created once: every process (and every restart) shares them. */
export function secretRepository(db: Kysely<Database>): SecretRepository {
  return {
    async getOrCreate(name, make) {
      const key = `secret.${name}`;
      // Insert-if-absent then read: of two processes starting together, the first insert wins
      // and both read the same value.
      await db
        .insertInto('meta')
        .values({ key, value: make() })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirstOrThrow();
      return row.value;
    },
  };
}
