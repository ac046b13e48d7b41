import type { Kysely } from 'kysely';
import type { Article, ArticleInput, Status } from '../../article/index.js';
import type { Database } from '../schema/index.js';
import type { ArticleRepository, ListQuery, WriteOptions } from '../store.js';
import { getArticle, listArticles, paragraphsOf, resolveArticle } from './read.js';
import { setPins } from './links.js';
import { fillPage, readPage } from './pages.js';
import { summaryCache } from './summary-cache.js';
import { createArticle, resolvePins, updateArticle } from './write.js';

/** Runs a write in a transaction of its own unless the caller already opened one. */
export type InTransaction = <T>(fn: (db: Kysely<Database>) => Promise<T>) => Promise<T>;

/** Called inside every article write's transaction with the article before and after (null when absent). */
export type AfterWrite = (db: Kysely<Database>, id: number, before: Article | null, after: Article | null) => Promise<void>;

/** The article repository over Kysely, the same for both dialects. */
export function articleRepository(db: Kysely<Database>, tx: InTransaction, clock: () => Date, afterWrite: AfterWrite): ArticleRepository {
  const now = () => clock().toISOString();
  const summaries = summaryCache();
  return {
    create: (input: ArticleInput, options: WriteOptions = {}) =>
      tx(async (t) => {
        const a = await createArticle(t, input, options, now());
        await afterWrite(t, a.id, null, a);
        return a;
      }),
    update: (id: number, input: ArticleInput, options: WriteOptions = {}) =>
      tx(async (t) => {
        const before = await getArticle(t, id);
        const a = await updateArticle(t, id, input, options, now());
        await afterWrite(t, id, before, a);
        return a;
      }),
    async delete(id: number) {
      await tx(async (t) => {
        const before = await getArticle(t, id);
        if (!before) return;
        await afterWrite(t, id, before, null);
        await t.deleteFrom('articles').where('id', '=', id).execute();
      });
    },
    setPins: (id: number, refs: readonly string[]) =>
      tx(async (t) => {
        const ids = (await resolvePins(t, refs)).filter((x) => x !== id);
        await setPins(t, id, ids);
        return [...new Set(ids)];
      }),
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
    page: (id: number) => readPage(db, id),
    fillPage: (id: number, gen: number, stamp: string, parts: string) => fillPage(db, id, gen, stamp, parts),
    list: (query: ListQuery) => listArticles(db, query),
    summaries: (ids: readonly number[]) => summaries(db, ids),
    paragraphs: (ids: readonly number[]) => paragraphsOf(db, ids),
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
