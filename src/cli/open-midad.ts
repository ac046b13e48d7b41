import { createAnalyzer, type Analyzer } from '../arabic/analyzer.js';
import { MIN_EVIDENCE_COUNT } from '../arabic/lexicon.js';
import { createIndexer } from '../search/indexer.js';
import { openStore, type Store } from '../store/index.js';
import type { PgOptions } from '../store/postgres/connect.js';

/** A store wired with everything that runs inside its writes, and the analyzer that indexes it. */
export interface Midad {
  store: Store;
  /** The analyzer in use; queries must use the same one as indexing. */
  analyzer: () => Analyzer;
  /** Re-reads the stem lexicon snapshot (after a reindex, here or in another process). */
  reloadLexicon(): Promise<number>;
  /**
   * Takes a new lexicon snapshot from the word list, switches to it, and re-indexes every
   * article with it (each batch its own transaction, so the site keeps serving).
   */
  reindex(onProgress?: (done: number, total: number) => void): Promise<{ articles: number; lexicon: number }>;
}

/**
 * The composition root for every command: opens the store named by `db` with the search
 * indexer (and, as they land, the enrichment and related-list hooks) in its write path.
 * The analyzer is late-bound: it is rebuilt when the stem lexicon changes.
 */
export async function openMidad(db: string, options: { clock?: () => Date; pg?: PgOptions } = {}): Promise<Midad> {
  let analyzer = createAnalyzer();
  const current = () => analyzer;
  const store = await openStore(db, { ...options, indexer: createIndexer(current) });
  const reloadLexicon = async () => {
    const lexicon = await store.search.lexicon();
    analyzer = createAnalyzer(lexicon.size ? { lexicon } : {});
    return lexicon.size;
  };
  try {
    await reloadLexicon();
  } catch (e) {
    await store.close();
    throw e;
  }
  return {
    store,
    analyzer: current,
    reloadLexicon,
    async reindex(onProgress) {
      // The lexicon is a snapshot of the word list; a store indexed without one has no word
      // list yet, so build that first.
      if ((await store.search.words('', 1)).length === 0 && (await store.articles.count()) > 0) {
        await store.search.rebuild();
      }
      const lexicon = await store.search.snapshotLexicon(MIN_EVIDENCE_COUNT);
      await reloadLexicon();
      const articles = await store.search.rebuild(onProgress);
      return { articles, lexicon };
    },
  };
}
