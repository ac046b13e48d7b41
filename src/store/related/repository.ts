import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialect.js';
import type { Database } from '../schema/index.js';
import { chunks } from './bytes.js';
import { bulkWriter } from './bulk.js';
import { listRepository } from './lists.js';
import { postingRepository } from './postings.js';
import { profileRepository } from './profiles.js';
import { storyRepository } from './stories.js';
import type { ArticleFacts, ArticleText, RelatedRepository } from './types.js';

type Db = Kysely<Database>;

/** Statuses whose articles may reach readers (now, or when their time comes). */
const LISTABLE = ['published', 'scheduled'];

/** Pins, exclusions or tags of many articles, grouped in the stored order. */
async function grouped(db: Db, table: 'article_pins' | 'article_exclusions', ids: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  const rows = await db.selectFrom(table).select(['article_id', 'target_id']).where('article_id', 'in', ids).orderBy('article_id').orderBy('position').execute();
  for (const r of rows) out.set(r.article_id, [...(out.get(r.article_id) ?? []), r.target_id]);
  return out;
}

/** The related engine's storage over Kysely. */
export function relatedRepository(db: Db, info: DialectInfo): RelatedRepository {
  return {
    profiles: profileRepository(db, info),
    postings: postingRepository(db, info),
    lists: listRepository(db),
    stories: storyRepository(db),
    async facts(ids) {
      const out = new Map<number, ArticleFacts>();
      for (const part of chunks([...new Set(ids)], 900)) {
        const [rows, pins, exclusions, tags] = await Promise.all([
          db.selectFrom('articles').select(['id', 'status', 'published_at']).where('id', 'in', part).execute(),
          grouped(db, 'article_pins', part),
          grouped(db, 'article_exclusions', part),
          db.selectFrom('article_tags').select(['article_id', 'tag']).where('article_id', 'in', part).orderBy('article_id').orderBy('position').execute(),
        ]);
        const tagMap = new Map<number, string[]>();
        for (const t of tags) tagMap.set(t.article_id, [...(tagMap.get(t.article_id) ?? []), t.tag]);
        for (const r of rows) {
          out.set(r.id, {
            id: r.id,
            status: r.status,
            publishedAt: r.published_at,
            pins: pins.get(r.id) ?? [],
            exclusions: exclusions.get(r.id) ?? [],
            tags: tagMap.get(r.id) ?? [],
          });
        }
      }
      return out;
    },
    async entitiesOf(ids) {
      const out = new Map<number, Array<{ entity: number; mentions: number }>>();
      for (const part of chunks([...new Set(ids)], 900)) {
        const rows = await db
          .selectFrom('article_entities')
          .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
          .select(['article_entities.article_id', 'article_entities.entity_id', 'entities.merged_into', 'article_entities.mentions'])
          .where('article_entities.article_id', 'in', part)
          .where('entities.rejected', '=', 0)
          .execute();
        for (const r of rows) {
          const list = out.get(r.article_id) ?? [];
          list.push({ entity: r.merged_into ?? r.entity_id, mentions: Number(r.mentions) });
          out.set(r.article_id, list);
        }
      }
      return out;
    },
    async tagUse(tags) {
      const out = new Map<string, number>();
      for (const part of chunks([...new Set(tags)], 900)) {
        const rows = await db
          .selectFrom('article_tags')
          .select(['tag', (eb) => eb.fn.countAll<string | number>().as('n')])
          .where('tag', 'in', part)
          .groupBy('tag')
          .execute();
        for (const r of rows) out.set(r.tag, Number(r.n));
      }
      return out;
    },
    bulk: bulkWriter(db),
    async texts(ids) {
      const out: ArticleText[] = [];
      for (const part of chunks([...new Set(ids)], 500)) {
        const [rows, tags] = await Promise.all([
          db
            .selectFrom('articles')
            .select(['id', 'headline', 'deck', 'body', 'section_id', 'published_at', 'status'])
            .where('id', 'in', part)
            .orderBy('id')
            .execute(),
          db.selectFrom('article_tags').select(['article_id', 'tag']).where('article_id', 'in', part).orderBy('article_id').orderBy('position').execute(),
        ]);
        const tagMap = new Map<number, string[]>();
        for (const t of tags) tagMap.set(t.article_id, [...(tagMap.get(t.article_id) ?? []), t.tag]);
        for (const r of rows) {
          out.push({
            id: r.id,
            headline: r.headline,
            deck: r.deck,
            body: JSON.parse(r.body) as ArticleText['body'],
            tags: tagMap.get(r.id) ?? [],
            section: r.section_id === null ? null : { id: r.section_id },
            publishedAt: r.published_at,
            status: r.status,
          });
        }
      }
      return out;
    },
    async changedSince(at) {
      const rows = await db.selectFrom('articles').select('id').where('updated_at', '>=', at).orderBy('id').execute();
      return rows.map((r) => r.id);
    },
    async allMemberships() {
      const rows = await db.selectFrom('story_members').select(['article_id', 'story_id']).execute();
      return new Map(rows.map((r) => [r.article_id, r.story_id]));
    },
    async listableIds() {
      const rows = await db.selectFrom('articles').select('id').where('status', 'in', LISTABLE).orderBy('id').execute();
      return rows.map((r) => r.id);
    },
    async clear() {
      for (const table of ['related_pool', 'related_picks', 'related_postings', 'story_links', 'story_members', 'related_profiles', 'related_df'] as const) {
        await db.deleteFrom(table).execute();
      }
      await db.updateTable('related_stats').set({ n: 0 }).where('id', '=', 1).execute();
    },
  };
}
