import { sql, type Kysely } from 'kysely';
import type { DialectInfo } from '../dialect.js';
import type { Database } from '../schema/index.js';
import { chunks, fromColumn, toBuffer } from './bytes.js';
import type { ProfileRepository, StoredProfile } from './types.js';

type Db = Kysely<Database>;

/** A profile as its table row (one mapping for the write path and the rebuild's bulk writer). */
export function profileRow(p: StoredProfile) {
  return {
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
}

/** Profiles, document frequencies and N, over Kysely (both dialects). */
export function profileRepository(db: Db, info: DialectInfo): ProfileRepository {
  const real = info.name === 'sqlite' ? sql`REAL` : sql`DOUBLE PRECISION`;
  const bytes = info.name === 'sqlite' ? sql`BLOB` : sql`BYTEA`;
  /**
   * Updates many profiles in one statement: `UPDATE … FROM (VALUES …)` (both dialects; the VALUES
   * columns are column1, column2, …). The key list is repeated as an IN so each planner looks the
   * rows up by key rather than joining the whole table. Rows in key order, the last of an id given twice.
   */
  const updateMany = async <T extends { articleId: number }>(rows: readonly T[], set: ReturnType<typeof sql>, row: (r: T) => ReturnType<typeof sql>) => {
    const unique = [...new Map(rows.map((r) => [r.articleId, r])).values()].sort((a, b) => a.articleId - b.articleId);
    for (const part of chunks(unique)) {
      const ids = sql.join(part.map((r) => sql`${r.articleId}`));
      await sql`UPDATE related_profiles SET ${set}
        FROM (VALUES ${sql.join(part.map((r) => sql`(CAST(${r.articleId} AS INTEGER), ${row(r)})`))}) AS v
        WHERE related_profiles.article_id = v.column1 AND related_profiles.article_id IN (${ids})`.execute(db);
    }
  };
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
      const unique = [...new Set(features)].sort((a, b) => a - b);
      const out = new Map<number, number>();
      for (const part of chunks(unique)) {
        const rows = await db
          .insertInto('related_df')
          .values(part.map((feature) => ({ feature, df: delta })))
          .onConflict((oc) => oc.column('feature').doUpdateSet((eb) => ({ df: eb('related_df.df', '+', eb.ref('excluded.df')) })))
          .returning(['feature', 'df'])
          .execute();
        for (const r of rows) out.set(Number(r.feature), Math.max(0, Number(r.df)));
      }
      if (delta < 0) {
        for (const part of chunks(unique, 900)) await db.deleteFrom('related_df').where('feature', 'in', part).where('df', '<=', 0).execute();
      }
      return out;
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
      await db.insertInto('related_profiles').values(profileRow(p)).execute();
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
    async setStats(rows) {
      await updateMany(
        rows,
        sql`hub = v.column2, hub_top = v.column3, pool_count = v.column4, pool_floor = v.column5`,
        (r) => sql`CAST(${r.hub} AS ${real}), CAST(${toBuffer(r.hubTop)} AS ${bytes}), CAST(${r.poolCount} AS INTEGER), CAST(${r.poolFloor} AS ${real})`,
      );
    },
    async setListFloors(rows) {
      await updateMany(rows, sql`list_floor = v.column2`, (r) => sql`CAST(${r.floor} AS ${real})`);
    },
  };
}
