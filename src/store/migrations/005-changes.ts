import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialect.js';

/** The change log every process reads to drop what its page cache holds of changed content. */
export function changesMigration(d: DialectInfo) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('changes')
        .addColumn('seq', d.idType, (c) => d.autoIncrement(c))
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('changes_at').on('changes').column('at').execute();
    },
  };
}
