import type { Kysely } from 'kysely';
import type { Article } from '../../article/index.js';
import type { DialectInfo } from '../dialect.js';
import type { Database } from '../schema/index.js';
import { postingsCount, queryPostings, writePostings } from './pg-index.js';
import { fts5Count, queryFts5, writeFts5 } from './sqlite-index.js';
import type { IndexDocument, Indexer, SearchIndex } from './types.js';
import { adjustWords } from './words.js';

/** Writes an article's index entry (or removes it), dialect by dialect. */
function writerFor(info: DialectInfo) {
  return info.name === 'sqlite' ? writeFts5 : writePostings;
}

/**
 * Brings the index in line with one article write, inside the write's transaction:
 * the old words leave the word list, the new ones join, the index row is replaced.
 */
export async function reindexArticle(
  db: Kysely<Database>,
  info: DialectInfo,
  indexer: Indexer,
  id: number,
  before: Article | null,
  after: Article | null,
): Promise<void> {
  const oldDoc: IndexDocument | null = before ? indexer(before) : null;
  const newDoc: IndexDocument | null = after ? indexer(after) : null;
  if (oldDoc) await adjustWords(db, oldDoc.words, -1);
  if (newDoc) await adjustWords(db, newDoc.words, 1);
  await writerFor(info)(db, id, newDoc);
}

/** The search index over a store's database. */
export function searchIndex(
  db: Kysely<Database>,
  info: DialectInfo,
  indexer: Indexer | undefined,
  load: (db: Kysely<Database>, id: number) => Promise<Article | null>,
  tx: <T>(fn: (db: Kysely<Database>) => Promise<T>) => Promise<T>,
): SearchIndex {
  return {
    query: (q) => (info.name === 'sqlite' ? queryFts5(db, q) : queryPostings(db, q)),
    async words(prefix, limit) {
      return db
        .selectFrom('search_words')
        .select(['word', 'freq'])
        .where('word', 'like', `${prefix.replace(/[%_]/g, '')}%`)
        .orderBy('freq', 'desc')
        .limit(limit)
        .execute();
    },
    async lexicon() {
      const rows = await db.selectFrom('search_lexicon').select(['word', 'freq']).execute();
      return new Map(rows.map((r) => [r.word, Number(r.freq)]));
    },
    snapshotLexicon: (minFreq) =>
      tx(async (t) => {
        await t.deleteFrom('search_lexicon').execute();
        await t
          .insertInto('search_lexicon')
          .columns(['word', 'freq'])
          .expression((eb) => eb.selectFrom('search_words').select(['word', 'freq']).where('freq', '>=', minFreq))
          .execute();
        const n = await t.selectFrom('search_lexicon').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
        return Number(n.n);
      }),
    count: () => (info.name === 'sqlite' ? fts5Count(db) : postingsCount(db)),
    async rebuild(onProgress, batchSize = 500) {
      if (!indexer) throw new Error('this store was opened without an indexer');
      const ids = (await db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => r.id);
      // Start over: the word list is rebuilt with the index, batch by batch.
      await tx(async (t) => {
        await t.deleteFrom('search_words').execute();
      });
      for (let i = 0; i < ids.length; i += batchSize) {
        const batch = ids.slice(i, i + batchSize);
        await tx(async (t) => {
          for (const id of batch) {
            // Read through the batch's transaction: SQLite has one connection, busy until it ends.
            const a = await load(t, id);
            await writerFor(info)(t, id, null);
            if (!a) continue;
            const doc = indexer(a);
            await adjustWords(t, doc.words, 1);
            await writerFor(info)(t, id, doc);
          }
        });
        onProgress?.(Math.min(i + batchSize, ids.length), ids.length);
      }
      return ids.length;
    },
  };
}
