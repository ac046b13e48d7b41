import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import { chunks, fromColumn, toBuffer } from './bytes.js';
import type { ProfileRepository, StoredProfile } from './types.js';

type Db = Kysely<Database>;

/** Profiles, document frequencies and N, over Kysely (both dialects). */
export function profileRepository(db: Db): ProfileRepository {
  const bumpN = (delta: number) =>
    db
      .updateTable('related_stats')
      .set((eb) => ({ n: eb('n', '+', delta) }))
      .where('id', '=', 1)
      .execute();
  return {
    async frequencies(features) {
      const out = new Map<number, number>();
      for (const part of chunks([...new Set(features)], 900)) {
        const rows = await db.selectFrom('related_df').select(['feature', 'df']).where('feature', 'in', part).execute();
        for (const r of rows) out.set(Number(r.feature), Number(r.df));
      }
      return out;
    },
    async adjustFrequencies(features, delta) {
      const unique = [...new Set(features)];
      for (const part of chunks(unique)) {
        await db
          .insertInto('related_df')
          .values(part.map((feature) => ({ feature, df: delta })))
          .onConflict((oc) => oc.column('feature').doUpdateSet((eb) => ({ df: eb('related_df.df', '+', eb.ref('excluded.df')) })))
          .execute();
      }
      if (delta < 0) {
        for (const part of chunks(unique, 900)) await db.deleteFrom('related_df').where('feature', 'in', part).where('df', '<=', 0).execute();
      }
    },
    async replaceFrequencies(df, n) {
      await db.deleteFrom('related_df').execute();
      for (const part of chunks([...df])) await db.insertInto('related_df').values(part.map(([feature, v]) => ({ feature, df: v }))).execute();
      await db.updateTable('related_stats').set({ n }).where('id', '=', 1).execute();
    },
    async count() {
      const row = await db.selectFrom('related_stats').select('n').where('id', '=', 1).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async put(p) {
      const values = {
        article_id: p.articleId,
        published_at: p.publishedAt,
        section_id: p.sectionId,
        title: toBuffer(p.title),
        content: toBuffer(p.content),
        tags: toBuffer(p.tags),
        entities: toBuffer(p.entities),
        minhash: toBuffer(p.minhash),
        has_body: p.hasBody ? 1 : 0,
        hub: p.hub,
        hub_top: toBuffer(p.hubTop),
        pool_count: p.poolCount,
        pool_floor: p.poolFloor,
        list_floor: p.listFloor,
      };
      await db.insertInto('related_profiles').values(values).execute();
      await bumpN(1);
    },
    async remove(articleId) {
      const r = await db.deleteFrom('related_profiles').where('article_id', '=', articleId).executeTakeFirst();
      const removed = Number(r.numDeletedRows) > 0;
      if (removed) await bumpN(-1);
      return removed;
    },
    async get(ids) {
      const out = new Map<number, StoredProfile>();
      for (const part of chunks([...new Set(ids)], 900)) {
        const rows = await db.selectFrom('related_profiles').selectAll().where('article_id', 'in', part).execute();
        for (const r of rows) {
          out.set(r.article_id, {
            articleId: r.article_id,
            publishedAt: r.published_at,
            sectionId: r.section_id,
            title: fromColumn(r.title),
            content: fromColumn(r.content),
            tags: fromColumn(r.tags),
            entities: fromColumn(r.entities),
            minhash: fromColumn(r.minhash),
            hasBody: r.has_body === 1,
            hub: Number(r.hub),
            hubTop: fromColumn(r.hub_top),
            poolCount: Number(r.pool_count),
            poolFloor: Number(r.pool_floor),
            listFloor: Number(r.list_floor),
          });
        }
      }
      return out;
    },
    async setStats(articleId, st) {
      await db
        .updateTable('related_profiles')
        .set({ hub: st.hub, hub_top: toBuffer(st.hubTop), pool_count: st.poolCount, pool_floor: st.poolFloor })
        .where('article_id', '=', articleId)
        .execute();
    },
    async setListFloor(articleId, floor) {
      await db.updateTable('related_profiles').set({ list_floor: floor }).where('article_id', '=', articleId).execute();
    },
  };
}
