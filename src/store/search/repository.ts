import type { Kysely } from 'kysely';
import type { Article } from '../../article/index.js';
import type { DialectInfo } from '../dialect.js';
import type { Database } from '../schema/index.js';
import type { CandidateIndex } from './candidates.js';
import { collectionStats, writeCollection } from './collection.js';
import { postingsCandidates } from './pg-index.js';
import { wordDeltas, writePgIndex } from './pg-write.js';
import { rankedQuery } from './rerank.js';
import { fts5Candidates, writeFts5 } from './sqlite-index.js';
import type { IndexDocument, Indexer, SearchIndex } from './types.js';
import { adjustWords } from './words.js';

/** Each dialect's own index beside the shared collection tables. */
function dialectIndex(info: DialectInfo): CandidateIndex {
  return info.name === 'sqlite' ? { candidates: fts5Candidates } : { candidates: postingsCandidates };
}

/**
 * Replaces (or removes) one article everywhere the index keeps it, with the word list's change
 * from the old article's words to the new one's. SQLite updates the shared counters directly;
 * PostgreSQL stages them for one fold at commit (pg-write.ts).
 */
async function writeIndex(
  db: Kysely<Database>,
  info: DialectInfo,
  id: number,
  doc: IndexDocument | null,
  oldWords: readonly string[],
): Promise<void> {
  if (info.name !== 'sqlite') return writePgIndex(db, id, doc, wordDeltas(oldWords, doc?.words ?? []));
  if (oldWords.length) await adjustWords(db, oldWords, -1);
  if (doc) await adjustWords(db, doc.words, 1);
  await writeCollection(db, id, doc);
  await writeFts5(db, id, doc);
}

/**
 * Brings the index in line with one article write, inside the write's transaction:
 * the old words leave the word list, the new ones join, the index rows are replaced.
 */
export async function reindexArticle(
  db: Kysely<Database>,
  info: DialectInfo,
  indexer: Indexer,
  id: number,
  before: Article | null,
  after: Article | null,
): Promise<void> {
  const newDoc: IndexDocument | null = after ? indexer(after) : null;
  // Words are surface forms, independent of the analyzer's lexicon: re-reading the old article gives what was added.
  await writeIndex(db, info, id, newDoc, before ? indexer(before).words : []);
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
    query: (q) => rankedQuery(db, dialectIndex(info), q),
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
    count: async () => (await collectionStats(db)).n,
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
            const doc = a ? indexer(a) : null;
            // The word list was emptied above: nothing of the old article's words is left to remove.
            await writeIndex(t, info, id, doc, []);
          }
        });
        onProgress?.(Math.min(i + batchSize, ids.length), ids.length);
      }
      return ids.length;
    },
  };
}
