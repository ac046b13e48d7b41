import type { Kysely } from 'kysely';
import type { Database } from './schema/index.js';
import type { MetaRepository } from './store.js';

/** Key/value facts, written with an upsert both dialects understand (ON CONFLICT … DO UPDATE). */
export function metaRepository(db: Kysely<Database>): MetaRepository {
  return {
    async get(key) {
      const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value ?? null;
    },
    async set(key, value) {
      await db
        .insertInto('meta')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}
