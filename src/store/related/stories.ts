import type { Kysely } from 'kysely';
import { preparedIn } from '../prepared.js';
import type { Database, StoryRow } from '../schema/index.js';
import { chunks } from './bytes.js';
import type { StoredStory, StoryRepository } from './types.js';

type Db = Kysely<Database>;

// The article page asks for its story on every uncached view: prepared.
const memberRows = preparedIn((db, ids) => db.selectFrom('story_members').select(['article_id', 'story_id']).where('article_id', 'in', ids));

function toStory(r: StoryRow): StoredStory {
  return { id: r.id, slug: r.slug, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at, mergedInto: r.merged_into };
}

/** Stories, their members and the links between articles, over Kysely (both dialects). */
export function storyRepository(db: Db): StoryRepository {
  return {
    async setLinks(articleId, links) {
      await db.deleteFrom('story_links').where((eb) => eb.or([eb('article_id', '=', articleId), eb('other_id', '=', articleId)])).execute();
      const rows = links
        .filter((l) => l.otherId !== articleId)
        .flatMap((l) => [
          { article_id: articleId, other_id: l.otherId, affinity: l.affinity },
          { article_id: l.otherId, other_id: articleId, affinity: l.affinity },
        ]);
      for (const part of chunks(rows)) {
        await db.insertInto('story_links').values(part).onConflict((oc) => oc.columns(['article_id', 'other_id']).doNothing()).execute();
      }
    },
    async links(ids) {
      const out = new Map<number, number[]>();
      for (const part of chunks([...new Set(ids)], 900)) {
        const rows = await db.selectFrom('story_links').select(['article_id', 'other_id']).where('article_id', 'in', part).execute();
        for (const r of rows) out.set(r.article_id, [...(out.get(r.article_id) ?? []), r.other_id]);
      }
      return out;
    },
    async membership(ids) {
      const out = new Map<number, number>();
      for (const part of chunks([...new Set(ids)], 900)) {
        const rows = await memberRows(db, part);
        for (const r of rows) out.set(r.article_id, r.story_id);
      }
      return out;
    },
    async create(story) {
      const row = await db
        .insertInto('stories')
        .values({ slug: story.slug, title: story.title, created_at: story.at, updated_at: story.at, merged_into: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async update(id, fields) {
      await db.updateTable('stories').set({ slug: fields.slug, title: fields.title, updated_at: fields.at }).where('id', '=', id).execute();
    },
    async retire(id, mergedInto, at) {
      await db.deleteFrom('story_members').where('story_id', '=', id).execute();
      await db.updateTable('stories').set({ merged_into: mergedInto, updated_at: at }).where('id', '=', id).execute();
      // Stories merged into this one now point at its new home, so a redirect is one hop.
      await db.updateTable('stories').set({ merged_into: mergedInto }).where('merged_into', '=', id).execute();
    },
    async dissolve(id) {
      await db.deleteFrom('story_members').where('story_id', '=', id).execute();
      await db.deleteFrom('stories').where('merged_into', '=', id).execute();
      await db.deleteFrom('stories').where('id', '=', id).execute();
    },
    async assign(storyId, members) {
      for (const part of chunks([...members])) {
        await db
          .insertInto('story_members')
          .values(part.map((m) => ({ article_id: m.articleId, story_id: storyId, published_at: m.publishedAt })))
          .onConflict((oc) => oc.column('article_id').doUpdateSet((eb) => ({ story_id: eb.ref('excluded.story_id'), published_at: eb.ref('excluded.published_at') })))
          .execute();
      }
    },
    async unassign(articleIds) {
      for (const part of chunks([...articleIds], 900)) await db.deleteFrom('story_members').where('article_id', 'in', part).execute();
    },
    async get(id) {
      const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toStory(row) : null;
    },
    async members(storyId) {
      const rows = await db
        .selectFrom('story_members')
        .select(['article_id', 'published_at'])
        .where('story_id', '=', storyId)
        .orderBy('published_at')
        .orderBy('article_id')
        .execute();
      return rows.map((r) => ({ articleId: r.article_id, publishedAt: r.published_at }));
    },
    async list(limit) {
      const rows = await db.selectFrom('stories').selectAll().where('merged_into', 'is', null).orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toStory);
    },
  };
}
