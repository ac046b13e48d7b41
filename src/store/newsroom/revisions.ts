import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import type { Revision, RevisionRepository } from './types.js';

type Db = Kysely<Database>;

/** Revisions joined with their author's name. */
function selectRevisions(db: Db) {
  return db
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.user_id')
    .selectAll('revisions')
    .select('users.name as user_name');
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRevisions>['executeTakeFirstOrThrow']>>;

function toRevision(r: Row): Revision {
  return {
    id: r.id,
    articleId: r.article_id,
    createdAt: r.created_at,
    userId: r.user_id,
    userName: r.user_name ?? null,
    action: r.action,
    snapshot: JSON.parse(r.snapshot) as unknown,
  };
}

/** Saved versions of articles' editable fields. */
export function revisionRepository(db: Db): RevisionRepository {
  return {
    async add(r) {
      const row = await db
        .insertInto('revisions')
        .values({ article_id: r.articleId, created_at: r.createdAt, user_id: r.userId, action: r.action, snapshot: JSON.stringify(r.snapshot) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async replace(id, snapshot, at) {
      await db.updateTable('revisions').set({ snapshot: JSON.stringify(snapshot), created_at: at }).where('id', '=', id).execute();
    },
    async latest(articleId) {
      const row = await selectRevisions(db).where('revisions.article_id', '=', articleId).orderBy('revisions.id', 'desc').executeTakeFirst();
      return row ? toRevision(row) : null;
    },
    async get(id) {
      const row = await selectRevisions(db).where('revisions.id', '=', id).executeTakeFirst();
      return row ? toRevision(row) : null;
    },
    async list(articleId, limit) {
      const rows = await selectRevisions(db).where('revisions.article_id', '=', articleId).orderBy('revisions.id', 'desc').limit(limit).execute();
      return rows.map(toRevision);
    },
    async previous(articleId, id) {
      const row = await selectRevisions(db)
        .where('revisions.article_id', '=', articleId)
        .where('revisions.id', '<', id)
        .orderBy('revisions.id', 'desc')
        .executeTakeFirst();
      return row ? toRevision(row) : null;
    },
  };
}
