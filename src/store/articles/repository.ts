import type { Kysely } from 'kysely';
import type { ArticleInput, Status } from '../../article/index.js';
import type { Database } from '../schema/index.js';
import type { ArticleRepository, ListQuery, WriteOptions } from '../store.js';
import { getArticle, listArticles, resolveArticle, summariesOf } from './read.js';
import { createArticle, updateArticle } from './write.js';

/** Runs a write in a transaction of its own unless the caller already opened one. */
export type InTransaction = <T>(fn: (db: Kysely<Database>) => Promise<T>) => Promise<T>;

/** The article repository over Kysely, the same for both dialects. */
export function articleRepository(db: Kysely<Database>, tx: InTransaction, clock: () => Date): ArticleRepository {
  const now = () => clock().toISOString();
  return {
    create: (input: ArticleInput, options: WriteOptions = {}) => tx((t) => createArticle(t, input, options, now())),
    update: (id: number, input: ArticleInput, options: WriteOptions = {}) =>
      tx((t) => updateArticle(t, id, input, options, now())),
    async delete(id: number) {
      await tx((t) => t.deleteFrom('articles').where('id', '=', id).execute());
    },
    get: (id: number) => getArticle(db, id),
    resolve: (ref: string) => resolveArticle(db, ref),
    async findBySource(sourceKey: string) {
      const row = await db
        .selectFrom('articles')
        .select(['id', 'content_hash'])
        .where('source_key', '=', sourceKey)
        .orderBy('id')
        .executeTakeFirst();
      return row ? { id: row.id, contentHash: row.content_hash } : null;
    },
    list: (query: ListQuery) => listArticles(db, query),
    summaries: (ids: readonly number[]) => summariesOf(db, ids),
    async count(status?: Status) {
      let q = db.selectFrom('articles').select((eb) => eb.fn.countAll<string | number>().as('n'));
      if (status) q = q.where('status', '=', status);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },
    async ids() {
      const rows = await db.selectFrom('articles').select('id').orderBy('id').execute();
      return rows.map((r) => r.id);
    },
  };
}
