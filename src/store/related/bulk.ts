import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import { chunks } from './bytes.js';
import { profileRow } from './profiles.js';
import type { BulkWriter } from './types.js';

/** Multi-row inserts into freshly cleared tables (rebuild), over Kysely (both dialects). */
export function bulkWriter(db: Kysely<Database>): BulkWriter {
  return {
    async profiles(rows) {
      // Fifteen columns a row: 60 rows stay under SQLite's 999-parameter floor of older builds.
      for (const part of chunks([...rows], 60)) {
        await db
          .insertInto('related_profiles')
          .values(part.map(profileRow))
          .execute();
      }
    },
    async pools(rows) {
      for (const part of chunks([...rows], 150)) {
        await db
          .insertInto('related_pool')
          .values(part.map((r) => ({ article_id: r.articleId, target_id: r.targetId, score: r.score, text: r.text, parts: r.parts })))
          .execute();
      }
    },
    async picks(rows, at) {
      for (const part of chunks([...rows], 300)) {
        await db
          .insertInto('related_picks')
          .values(part.map((r) => ({ article_id: r.articleId, picks: r.json, updated_at: at })))
          .execute();
      }
    },
    async links(rows) {
      const both = rows.flatMap((r) => [
        { article_id: r.articleId, other_id: r.otherId, affinity: r.affinity },
        { article_id: r.otherId, other_id: r.articleId, affinity: r.affinity },
      ]);
      for (const part of chunks(both, 300)) {
        await db.insertInto('story_links').values(part).onConflict((oc) => oc.columns(['article_id', 'other_id']).doNothing()).execute();
      }
    },
  };
}
