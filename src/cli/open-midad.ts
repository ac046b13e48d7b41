import { createAnalyzer, type Analyzer } from '../arabic/analyzer.js';
import { createIndexer } from '../search/indexer.js';
import { openStore, type Store } from '../store/index.js';

/** A store wired with everything that runs inside its writes, and the analyzer that indexes it. */
export interface Midad {
  store: Store;
  /** The analyzer in use; queries must use the same one as indexing. */
  analyzer: () => Analyzer;
}

/**
 * The composition root for every command: opens the store named by `db` with the search
 * indexer (and, as they land, the enrichment and related-list hooks) in its write path.
 */
export async function openMidad(db: string, options: { clock?: () => Date } = {}): Promise<Midad> {
  const analyzer = createAnalyzer();
  const indexer = createIndexer(analyzer);
  const store = await openStore(db, { ...options, indexer });
  return { store, analyzer: () => analyzer };
}
