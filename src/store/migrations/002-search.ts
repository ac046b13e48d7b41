import { sql, type Kysely } from 'kysely';
import type { DialectInfo } from '../dialect.js';

/**
 * The search index. Both dialects keep the same collection tables (a term dictionary with
 * document frequencies, one row per article with its length and term counts, and the
 * collection totals), from which BM25 reranking is computed identically. Candidates come from
 * FTS5 on SQLite and from term postings on PostgreSQL.
 */
export function searchMigration(d: DialectInfo) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('search_words')
        .addColumn('word', 'text', (c) => c.primaryKey())
        .addColumn('freq', 'integer', (c) => c.notNull())
        .execute();
      // The stem lexicon in use: a snapshot of the word list taken by `midad reindex`, so that
      // every process analyses with the same one until the next reindex.
      await db.schema
        .createTable('search_lexicon')
        .addColumn('word', 'text', (c) => c.primaryKey())
        .addColumn('freq', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('search_terms')
        .addColumn('id', d.idType, (c) => d.autoIncrement(c))
        .addColumn('term', 'text', (c) => c.notNull().unique())
        .addColumn('df_all', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('df_head', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('df_body', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('search_docs')
        .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('len', 'integer', (c) => c.notNull())
        .addColumn('vec', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('search_stats')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addColumn('total', 'bigint', (c) => c.notNull())
        .execute();
      await db.insertInto('search_stats').values({ id: 1, n: 0, total: 0 }).execute();

      if (d.name === 'sqlite') {
        // FTS5 keeps its own copy of the analysed text: with a contentless table a DELETE
        // leaves the collection statistics behind and bm25() drifts after every update.
        // detail=full keeps positions for phrases. The terms are already normalised, so
        // the tokenizer must not fold anything further.
        await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
          headline, deck, lead, body,
          detail = full,
          tokenize = 'unicode61 remove_diacritics 0'
        )`.execute(db);
        return;
      }

      await db.schema
        .createTable('search_postings')
        .addColumn('term_id', 'integer', (c) => c.notNull().references('search_terms.id'))
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('tf_h', 'smallint', (c) => c.notNull())
        .addColumn('tf_d', 'smallint', (c) => c.notNull())
        .addColumn('tf_l', 'smallint', (c) => c.notNull())
        .addColumn('tf_b', 'smallint', (c) => c.notNull())
        .addPrimaryKeyConstraint('search_postings_pk', ['term_id', 'article_id'])
        .execute();
      await db.schema.createIndex('search_postings_article').on('search_postings').column('article_id').execute();
      // Prefix matching (the relaxed retry) scans the dictionary by a term's beginning.
      await sql`CREATE INDEX search_terms_prefix ON search_terms (term text_pattern_ops)`.execute(db);
      await db.schema
        .createTable('search_phrases')
        .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('tsv', sql`tsvector`, (c) => c.notNull())
        .execute();
      await sql`CREATE INDEX search_phrases_tsv ON search_phrases USING gin (tsv)`.execute(db);
    },
  };
}
