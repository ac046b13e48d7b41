import { sql, type Kysely } from 'kysely';
import type { DialectInfo } from '../dialect.js';

/** Related articles and stories: profiles, frequencies, pools, lists, stories. */
export function relatedMigration(d: DialectInfo) {
  const bytes = d.name === 'sqlite' ? 'blob' : 'bytea';
  const real = d.name === 'sqlite' ? 'real' : 'double precision';
  // SQLite: rows clustered by their key, so a posting list or a pool is one range read with its
  // values inline; PostgreSQL gets the same from a covering key (INCLUDE).
  const clustered = d.name === 'sqlite' ? sql`WITHOUT ROWID` : sql``;
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('related_profiles')
        .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('published_at', 'text')
        .addColumn('section_id', 'integer')
        .addColumn('title', bytes, (c) => c.notNull())
        .addColumn('content', bytes, (c) => c.notNull())
        .addColumn('tags', bytes, (c) => c.notNull())
        .addColumn('entities', bytes, (c) => c.notNull())
        .addColumn('minhash', bytes, (c) => c.notNull())
        .addColumn('has_body', 'integer', (c) => c.notNull())
        .addColumn('hub', real, (c) => c.notNull().defaultTo(0))
        .addColumn('hub_top', bytes, (c) => c.notNull())
        .addColumn('pool_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('pool_floor', real, (c) => c.notNull().defaultTo(0))
        .addColumn('list_floor', real, (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('related_df')
        .addColumn('feature', 'integer', (c) => c.primaryKey())
        .addColumn('df', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('related_stats')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('n', 'integer', (c) => c.notNull())
        .execute();
      await db.insertInto('related_stats').values({ id: 1, n: 0 }).execute();

      await db.schema
        .createTable('related_postings')
        .addColumn('feature', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('weight', real, (c) => c.notNull())
        .$call((b) => (d.name === 'sqlite' ? b.addPrimaryKeyConstraint('related_postings_pk', ['feature', 'article_id']) : b))
        .modifyEnd(clustered)
        .execute();
      if (d.name === 'postgres') {
        await sql`ALTER TABLE related_postings ADD CONSTRAINT related_postings_pk PRIMARY KEY (feature, article_id) INCLUDE (weight)`.execute(db);
      }
      await db.schema.createIndex('related_postings_article').on('related_postings').column('article_id').execute();

      await db.schema
        .createTable('related_pool')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('target_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('score', real, (c) => c.notNull())
        .addColumn('text', real, (c) => c.notNull())
        .addColumn('parts', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('related_pool_pk', ['article_id', 'target_id'])
        .modifyEnd(clustered)
        .execute();
      // Who holds an article in their pool: the lists to revisit when it changes or goes.
      await db.schema.createIndex('related_pool_target').on('related_pool').column('target_id').execute();

      await db.schema
        .createTable('related_picks')
        .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('picks', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('stories')
        .addColumn('id', d.idType, (c) => d.autoIncrement(c))
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('merged_into', 'integer')
        .execute();
      await db.schema
        .createTable('story_members')
        .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
        .addColumn('published_at', 'text')
        .execute();
      await db.schema.createIndex('story_members_story').on('story_members').columns(['story_id', 'published_at']).execute();
      await db.schema
        .createTable('story_links')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('other_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('affinity', real, (c) => c.notNull())
        .addPrimaryKeyConstraint('story_links_pk', ['article_id', 'other_id'])
        .execute();
    },
  };
}
