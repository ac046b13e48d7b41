import type { Kysely } from 'kysely';
import type { Status } from '../../article/index.js';
import { preparedIn } from '../prepared.js';
import type { Database } from '../schema/index.js';
import type { WorkflowRepository } from './types.js';

type Db = Kysely<Database>;

// Read with the related list on every uncached article view: prepared.
const exclusionRows = preparedIn((db, ids) =>
  db.selectFrom('article_exclusions').select('target_id').where('article_id', 'in', ids).orderBy('position'),
);

/** Ownership, conditional status changes, events, the scheduler's queue and related exclusions. */
export function workflowRepository(db: Db): WorkflowRepository {
  return {
    async setOwner(articleId, userId) {
      await db
        .insertInto('article_owners')
        .values({ article_id: articleId, user_id: userId })
        .onConflict((oc) => oc.column('article_id').doUpdateSet({ user_id: userId }))
        .execute();
    },
    async owner(articleId) {
      const row = await db.selectFrom('article_owners').select('user_id').where('article_id', '=', articleId).executeTakeFirst();
      return row?.user_id ?? null;
    },
    async owners(articleIds) {
      const out = new Map<number, number>();
      if (articleIds.length === 0) return out;
      const rows = await db.selectFrom('article_owners').selectAll().where('article_id', 'in', articleIds as number[]).execute();
      for (const r of rows) out.set(r.article_id, r.user_id);
      return out;
    },
    async ownedBy(userId) {
      const rows = await db.selectFrom('article_owners').select('article_id').where('user_id', '=', userId).orderBy('article_id', 'desc').execute();
      return rows.map((r) => r.article_id);
    },
    async claim(articleId, expectedUpdatedAt) {
      // A no-op write that matches only the version the caller saw: PostgreSQL locks the row
      // and re-checks the condition after a concurrent writer commits; SQLite serialises writers.
      const r = await db
        .updateTable('articles')
        .set((eb) => ({ updated_at: eb.ref('updated_at') }))
        .where('id', '=', articleId)
        .where('updated_at', '=', expectedUpdatedAt)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async transition(t) {
      let q = db
        .updateTable('articles')
        .set({ status: t.to, published_at: t.publishedAt, updated_at: t.updatedAt })
        .where('id', '=', t.id)
        .where('status', '=', t.from);
      if (t.expectedUpdatedAt !== undefined) q = q.where('updated_at', '=', t.expectedUpdatedAt);
      const r = await q.executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async recordEvent(e) {
      await db
        .insertInto('workflow_events')
        .values({ article_id: e.articleId, from_status: e.from, to_status: e.to, user_id: e.userId, at: e.at, scheduled_for: e.scheduledFor })
        .execute();
    },
    async events(articleId) {
      const rows = await db
        .selectFrom('workflow_events')
        .leftJoin('users', 'users.id', 'workflow_events.user_id')
        .selectAll('workflow_events')
        .select('users.name as user_name')
        .where('workflow_events.article_id', '=', articleId)
        .orderBy('workflow_events.id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        articleId: r.article_id,
        from: r.from_status as Status | null,
        to: r.to_status as Status,
        userId: r.user_id,
        userName: r.user_name ?? null,
        at: r.at,
        scheduledFor: r.scheduled_for,
      }));
    },
    async due(now, limit) {
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'published_at', 'updated_at'])
        .where('status', '=', 'scheduled')
        .where('published_at', 'is not', null)
        .where('published_at', '<=', now)
        .orderBy('published_at')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ id: r.id, publishedAt: r.published_at!, updatedAt: r.updated_at }));
    },
    async exclusions(articleId) {
      const rows = await exclusionRows(db, [articleId]);
      return rows.map((r) => r.target_id);
    },
    async setExclusions(articleId, targetIds) {
      await db.deleteFrom('article_exclusions').where('article_id', '=', articleId).execute();
      const unique = [...new Set(targetIds)].filter((t) => t !== articleId);
      if (unique.length === 0) return;
      await db
        .insertInto('article_exclusions')
        .values(unique.map((target_id, position) => ({ article_id: articleId, target_id, position })))
        .execute();
    },
  };
}
