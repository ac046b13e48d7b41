import { sql, type Kysely } from 'kysely';
import type { DialectInfo } from '../dialect.js';

/**
 * PostgreSQL: the search index's shared counters (document frequencies, the word list, the
 * collection totals) are no longer updated once per article. A write appends its deltas to
 * the `search_pending_*` tables, and a deferred trigger folds them into the counters once, at
 * commit. Updating the same row thousands of times in one transaction (an import) left a chain
 * of row versions that every later update walked: imports slowed quadratically (2,247 s per
 * 10,000 articles). SQLite updates rows in place and keeps the direct path. Postings also lose
 * their foreign keys and gain a covering index (see below).
 */
export function searchPendingMigration(d: DialectInfo) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      if (d.name === 'sqlite') {
        // The filters of every public search, read from an index: in the table they sit after
        // the body, so each match's lookup walked the body's overflow pages (35 of 50 ms at 100k).
        await sql`CREATE INDEX search_articles_filter ON articles (id, status, published_at, section_id)`.execute(db);
        return;
      }
      // Append-only, emptied by the fold at every commit; never read by queries.
      await sql`CREATE TABLE search_pending_terms (term text NOT NULL, df_all integer NOT NULL, df_head integer NOT NULL, df_body integer NOT NULL)`.execute(db);
      await sql`CREATE TABLE search_pending_words (word text NOT NULL, freq integer NOT NULL)`.execute(db);
      await sql`CREATE TABLE search_pending_stats (n integer NOT NULL, total bigint NOT NULL)`.execute(db);
      // One fold per transaction: the trigger fires once per article written (one stats row
      // each), and every firing after the first finds the transaction already folded.
      await sql`CREATE FUNCTION search_fold_pending() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          tx text := txid_current()::text;
        BEGIN
          IF current_setting('midad.search_folded', true) IS NOT DISTINCT FROM tx THEN
            RETURN NULL;
          END IF;
          PERFORM set_config('midad.search_folded', tx, true);
          INSERT INTO search_terms AS t (term, df_all, df_head, df_body)
            SELECT term, sum(df_all), sum(df_head), sum(df_body) FROM search_pending_terms GROUP BY term
            ON CONFLICT (term) DO UPDATE SET df_all = t.df_all + excluded.df_all,
              df_head = t.df_head + excluded.df_head, df_body = t.df_body + excluded.df_body;
          DELETE FROM search_pending_terms;
          INSERT INTO search_words AS s (word, freq)
            SELECT word, sum(freq)::integer FROM search_pending_words GROUP BY word HAVING sum(freq) <> 0
            ON CONFLICT (word) DO UPDATE SET freq = s.freq + excluded.freq;
          -- A separate statement: one statement cannot delete the rows its own upsert changed.
          DELETE FROM search_words s USING (SELECT DISTINCT word FROM search_pending_words WHERE freq < 0) p
            WHERE s.word = p.word AND s.freq <= 0;
          DELETE FROM search_pending_words;
          UPDATE search_stats s SET n = s.n + p.n, total = s.total + p.total
            FROM (SELECT coalesce(sum(n), 0)::integer AS n, coalesce(sum(total), 0)::bigint AS total FROM search_pending_stats) p
            WHERE s.id = 1 AND (p.n <> 0 OR p.total <> 0);
          DELETE FROM search_pending_stats;
          RETURN NULL;
        END $$`.execute(db);
      // A posting's foreign keys cost a locking lookup per posting (600 per article, a third of
      // the write): postings are written and removed only by the index writer, inside the
      // article's write, and terms are never deleted. search_docs keeps its cascade.
      await sql`ALTER TABLE search_postings DROP CONSTRAINT IF EXISTS search_postings_term_id_fkey,
        DROP CONSTRAINT IF EXISTS search_postings_article_id_fkey`.execute(db);
      // Ranking reads a term's postings in term order: a covering index answers from the index
      // alone (postings are scattered over the heap, one article at a time), and each posting
      // carries its article's length so BM25 needs no lookup per matching article.
      await sql`ALTER TABLE search_postings ADD COLUMN len integer NOT NULL DEFAULT 0`.execute(db);
      await sql`UPDATE search_postings p SET len = d.len FROM search_docs d WHERE d.article_id = p.article_id`.execute(db);
      await sql`ALTER TABLE search_postings DROP CONSTRAINT search_postings_pk`.execute(db);
      await sql`CREATE UNIQUE INDEX search_postings_pk ON search_postings (term_id, article_id) INCLUDE (tf_h, tf_d, tf_l, tf_b, len)`.execute(db);
      // The filters every public search applies, answered from an index on the articles' ids.
      await sql`CREATE INDEX search_articles_filter ON articles (id) INCLUDE (status, published_at, section_id)`.execute(db);
      await sql`CREATE CONSTRAINT TRIGGER search_fold_pending AFTER INSERT ON search_pending_stats
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION search_fold_pending()`.execute(db);
    },
  };
}
