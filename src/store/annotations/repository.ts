import { changeSpeaker, mergeEntities, rejectEntity, renameEntity } from './corrections.js';
import { lessonsSince } from './lessons.js';
import { articleAnnotations, entityArticles, entityQuotes, entityRoles, listEntities, quoteById } from './read.js';
import { storedEntityOf, type Db } from './rows.js';
import { liveEntity } from './entities.js';
import { clearAnnotations, replaceAnnotations } from './write.js';
import type { AnnotationRepository } from './types.js';

/** The annotations repository over Kysely, the same for both dialects; `clock` stamps writes. */
export function annotationRepository(db: Db, clock: () => Date): AnnotationRepository {
  const now = () => clock().toISOString();
  return {
    replace: (articleId, records) => replaceAnnotations(db, articleId, records, now()),
    clear: (articleId) => clearAnnotations(db, articleId),
    ofArticle: (articleId) => articleAnnotations(db, articleId),
    async entity(id) {
      const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? storedEntityOf(row) : null;
    },
    async findEntity(kind, key) {
      const name = await db.selectFrom('entity_names').select('entity_id').where('kind', '=', kind).where('key', '=', key).executeTakeFirst();
      const live = name && (await liveEntity(db, name.entity_id));
      if (!live || live.rejected) return null;
      return storedEntityOf(await db.selectFrom('entities').selectAll().where('id', '=', live.id).executeTakeFirstOrThrow());
    },
    async names(entityId) {
      const rows = await db.selectFrom('entity_names').select('text').where('entity_id', '=', entityId).orderBy('text').execute();
      return rows.map((r) => r.text);
    },
    list: (query) => listEntities(db, query),
    roles: (entityId, visibility) => entityRoles(db, entityId, visibility),
    articles: (entityId, query) => entityArticles(db, entityId, query),
    quotesBy: (entityId, query) => entityQuotes(db, entityId, query),
    quote: (id) => quoteById(db, id),
    rename: (id, name, by) => renameEntity(db, id, name, by, now()),
    merge: (fromId, intoId, by) => mergeEntities(db, fromId, intoId, by, now()),
    reject: (id, by) => rejectEntity(db, id, by, now()),
    setSpeaker: (quoteId, speaker, by) => changeSpeaker(db, quoteId, speaker, by, now()),
    async corrections(query) {
      const [rows, total] = await Promise.all([
        db.selectFrom('entity_corrections').selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset ?? 0).execute(),
        db.selectFrom('entity_corrections').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        total: Number(total.n),
        items: rows.map((r) => ({
          id: r.id,
          type: r.type,
          articleId: r.article_id,
          detail: JSON.parse(r.detail) as Record<string, unknown>,
          userId: r.user_id,
          createdAt: r.created_at,
        })),
      };
    },
    lessons: (since) => lessonsSince(db, since),
    async stale(version, afterId, limit) {
      const rows = await db
        .selectFrom('articles')
        .leftJoin('annotated_articles', 'annotated_articles.article_id', 'articles.id')
        .select('articles.id')
        .where('articles.id', '>', afterId)
        .where((eb) => eb.or([eb('annotated_articles.version', 'is', null), eb('annotated_articles.version', '!=', version)]))
        .orderBy('articles.id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },
  };
}
