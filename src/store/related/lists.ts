import type { Kysely } from 'kysely';
import { preparedIn } from '../prepared.js';
import type { Database } from '../schema/index.js';
import { chunks } from './bytes.js';
import type { ListRepository, StoredNeighbour } from './types.js';

type Db = Kysely<Database>;

// The article page reads its stored list on every uncached view: prepared.
const pickRows = preparedIn((db, ids) => db.selectFrom('related_picks').select(['article_id', 'picks']).where('article_id', 'in', ids));

/** Pools and chosen lists, over Kysely (both dialects). */
export function listRepository(db: Db): ListRepository {
  return {
    async pools(ids) {
      const out = new Map<number, StoredNeighbour[]>();
      for (const part of chunks([...new Set(ids)], 900)) {
        const rows = await db.selectFrom('related_pool').selectAll().where('article_id', 'in', part).execute();
        for (const r of rows) {
          const list = out.get(r.article_id) ?? [];
          list.push({ targetId: r.target_id, score: Number(r.score), text: Number(r.text), parts: r.parts });
          out.set(r.article_id, list);
        }
      }
      return out;
    },
    async upsertPool(rows) {
      // Upserts, never delete-then-insert: two transactions updating one pool at once must not collide on the key.
      // Rows in key order, so concurrent writers lock them in the same order.
      const unique = [...new Map(rows.map((r) => [`${r.articleId}:${r.targetId}`, r])).values()].sort((a, b) => a.articleId - b.articleId || a.targetId - b.targetId);
      for (const part of chunks(unique)) {
        await db
          .insertInto('related_pool')
          .values(part.map((e) => ({ article_id: e.articleId, target_id: e.targetId, score: e.score, text: e.text, parts: e.parts })))
          .onConflict((oc) =>
            oc.columns(['article_id', 'target_id']).doUpdateSet((eb) => ({
              score: eb.ref('excluded.score'),
              text: eb.ref('excluded.text'),
              parts: eb.ref('excluded.parts'),
            })),
          )
          .execute();
      }
    },
    async removePool(articleId) {
      await db.deleteFrom('related_pool').where('article_id', '=', articleId).execute();
    },
    async removeFromPools(targetId) {
      await db.deleteFrom('related_pool').where('target_id', '=', targetId).execute();
    },
    async trimPool(articleId, size) {
      // Everything past the best `size` goes; the limit stands in for "all" (the dialects spell that differently).
      const beyond = db
        .selectFrom('related_pool')
        .select('target_id')
        .where('article_id', '=', articleId)
        .orderBy('score', 'desc')
        .orderBy('target_id', 'asc')
        .limit(1_000_000)
        .offset(size);
      await db.deleteFrom('related_pool').where('article_id', '=', articleId).where('target_id', 'in', beyond).execute();
      const row = await db
        .selectFrom('related_pool')
        .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.min('score').as('floor')])
        .where('article_id', '=', articleId)
        .executeTakeFirst();
      return { count: Number(row?.n ?? 0), floor: Number(row?.floor ?? 0) };
    },
    async holders(targetId) {
      const rows = await db.selectFrom('related_pool').select('article_id').where('target_id', '=', targetId).execute();
      return rows.map((r) => r.article_id);
    },
    async picks(ids) {
      const out = new Map<number, string>();
      for (const part of chunks([...new Set(ids)], 900)) {
        const rows = await pickRows(db, part);
        for (const r of rows) out.set(r.article_id, r.picks);
      }
      return out;
    },
    async setPicks(rows, at) {
      const unique = [...new Map(rows.map((r) => [r.articleId, r.json]))].sort((a, b) => a[0] - b[0]);
      for (const part of chunks(unique)) {
        await db
          .insertInto('related_picks')
          .values(part.map(([id, json]) => ({ article_id: id, picks: json, updated_at: at })))
          .onConflict((oc) => oc.column('article_id').doUpdateSet((eb) => ({ picks: eb.ref('excluded.picks'), updated_at: eb.ref('excluded.updated_at') })))
          .execute();
      }
    },
    async removePicks(articleId) {
      await db.deleteFrom('related_picks').where('article_id', '=', articleId).execute();
    },
  };
}
