import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialect.js';

/** Annotations: entities and their spellings, article entities, mentions, quotations, stamps, corrections. */
export function annotationsMigration(d: DialectInfo) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('entities')
        .addColumn('id', d.idType, (c) => d.autoIncrement(c))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('role', 'text')
        .addColumn('merged_into', 'integer')
        .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('entities_kind_name').on('entities').columns(['kind', 'name']).execute();

      // The unique key is what makes one person one row across articles and concurrent writers.
      await db.schema
        .createTable('entity_names')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('entity_names_pk', ['kind', 'key'])
        .execute();
      await db.schema.createIndex('entity_names_entity').on('entity_names').column('entity_id').execute();

      await db.schema
        .createTable('article_entities')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
        .addColumn('role', 'text')
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('mentions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
        .execute();
      // An entity's page lists the articles that mention it.
      await db.schema.createIndex('article_entities_entity').on('article_entities').column('entity_id').execute();

      await db.schema
        .createTable('entity_mentions')
        .addColumn('id', d.idType, (c) => d.autoIncrement(c))
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
        .addColumn('block', 'integer', (c) => c.notNull())
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('entity_mentions_article').on('entity_mentions').column('article_id').execute();
      await db.schema.createIndex('entity_mentions_entity').on('entity_mentions').column('entity_id').execute();

      await db.schema
        .createTable('quotes')
        .addColumn('id', d.idType, (c) => d.autoIncrement(c))
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('speaker_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
        .addColumn('speaker_text', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('block', 'integer', (c) => c.notNull())
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .addColumn('continues', 'text')
        .execute();
      await db.schema.createIndex('quotes_article').on('quotes').columns(['article_id', 'position']).execute();
      await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker_id').execute();

      await db.schema
        .createTable('annotated_articles')
        .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('annotated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('entity_corrections')
        .addColumn('id', d.idType, (c) => d.autoIncrement(c))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('cascade'))
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('entity_corrections_article').on('entity_corrections').column('article_id').execute();
    },
  };
}
