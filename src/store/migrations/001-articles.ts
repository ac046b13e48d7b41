import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialect.js';

/** Sections, authors, articles and their links; the article model's home. */
export function articlesMigration(d: DialectInfo) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('sections')
        .addColumn('id', d.idType, (c) => d.autoIncrement(c))
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('authors')
        .addColumn('id', d.idType, (c) => d.autoIncrement(c))
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .execute();

      await db.schema
        .createTable('articles')
        .addColumn('id', d.idType, (c) => d.autoIncrement(c))
        .addColumn('external_id', 'text', (c) => c.unique())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('headline', 'text', (c) => c.notNull())
        .addColumn('deck', 'text')
        .addColumn('kicker', 'text')
        .addColumn('section_id', 'integer', (c) => c.references('sections.id').onDelete('set null'))
        .addColumn('lead_image', 'text')
        .addColumn('byline', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('related_cards', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('teaser', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('has_video', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('source_key', 'text')
        .addColumn('content_hash', 'text')
        .execute();
      // The reader site's hot queries: latest published, per section.
      await db.schema.createIndex('articles_status_published').on('articles').columns(['status', 'published_at']).execute();
      await db.schema
        .createIndex('articles_section_published')
        .on('articles')
        .columns(['section_id', 'status', 'published_at'])
        .execute();
      await db.schema.createIndex('articles_source_key').on('articles').column('source_key').execute();

      await db.schema
        .createTable('article_authors')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
        .execute();
      await db.schema.createIndex('article_authors_author').on('article_authors').column('author_id').execute();

      await db.schema
        .createTable('article_tags')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('tag', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag'])
        .execute();
      await db.schema.createIndex('article_tags_tag').on('article_tags').column('tag').execute();

      await db.schema
        .createTable('article_slugs')
        .addColumn('slug', 'text', (c) => c.primaryKey())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('article_slugs_article').on('article_slugs').column('article_id').execute();

      await db.schema
        .createTable('article_pins')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('target_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_pins_pk', ['article_id', 'target_id'])
        .execute();

      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
