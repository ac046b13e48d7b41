import { createAnalyzer, type Analyzer } from '../arabic/analyzer.js';
import { MIN_EVIDENCE_COUNT } from '../arabic/lexicon.js';
import { changedPages } from '../related/changes.js';
import { createRelatedHook, type RelatedHookOptions } from '../related/hook.js';
import { pageCacheHook, touchesReaders } from '../site/cache/invalidation.js';
import { annotationTags, tag } from '../site/cache/tags.js';
import { createIndexer } from '../search/indexer.js';
import type { LearningAnnotator } from '../enrich/index.js';
import { ENRICH_VERSION } from '../enrich/version.js';
import { annotationHook, FedAnnotator, reannotate, type ReannotateOptions } from '../store/annotations/index.js';
import { openStore, type Store } from '../store/index.js';
import type { PgOptions } from '../store/postgres/connect.js';

/** The change-log tag a reindex leaves: every process reloads the stem lexicon. */
export const LEXICON_CHANGED = 'lexicon';

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
  /** The annotator in the write path, fed from the store's entity table and editors' corrections. */
  annotator: FedAnnotator<LearningAnnotator>;
  /** Annotates again the articles a new ENRICH_VERSION has not annotated (or all), a batch per transaction. */
  reannotate(options?: ReannotateOptions): Promise<number>;
  /** What the related engine's write hook runs with (`midad related` rebuilds and explains with the same). */
  related: RelatedHookOptions;
}

/**
 * The composition root for every command: opens the store named by `db` with the search
 * indexer (and, as they land, the enrichment and related-list hooks) in its write path.
 * The analyzer is late-bound: it is rebuilt when the stem lexicon changes.
 */
export async function openMidad(db: string, options: { clock?: () => Date; pg?: PgOptions } = {}): Promise<Midad> {
  let analyzer = createAnalyzer();
  const current = () => analyzer;
  // Related lists and stories are kept inside every article write; the pages whose list or story changed go through the change log to the caches.
  const relatedOptions: RelatedHookOptions = {
    analyzer: current,
    ...(options.clock ? { now: options.clock } : {}),
    onChange: (tx, c) => tx.changes.append([...[...changedPages(c)].map(tag.article), ...[...c.stories].map(tag.story)]),
  };
  const related = createRelatedHook(relatedOptions);
  // Annotations are recomputed inside every article write; entity pages that change (only when
  // readers could see the article before or after) go through the change log to the caches.
  const annotator = new FedAnnotator(lazyAnnotator());
  const annotations = annotationHook(annotator, async (tx, touched, change) => {
    if (touchesReaders(change, (options.clock ?? (() => new Date()))())) await tx.changes.append(touched.entityIds.map(tag.entity));
  });
  const store = await openStore(db, {
    ...options,
    indexer: createIndexer(current),
    hooks: [annotations, related, pageCacheHook(options.clock)],
  });
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
    annotator,
    reannotate: (opts) =>
      reannotate(store, annotator, { ...opts, onTouched: (tx, t) => tx.changes.append(annotationTags(t)) }),
    related: relatedOptions,
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
      await store.refreshStatistics();
      // Other processes switch lexicons too, and every search result may have moved.
      await store.changes.append([LEXICON_CHANGED, tag.all]);
      return { articles, lexicon };
    },
  };
}

/**
 * The annotator, with the enrichment rules loaded at the first article write (FedAnnotator
 * awaits `ready()` before learning or annotating): a server that only reads never compiles
 * them, and the gazetteer is built once they are needed.
 */
function lazyAnnotator(): LearningAnnotator & { ready(): Promise<void> } {
  let real: LearningAnnotator | undefined;
  let loading: Promise<void> | undefined;
  const get = (): LearningAnnotator => {
    if (!real) throw new Error('the annotator was used before ready() resolved');
    return real;
  };
  return {
    version: ENRICH_VERSION,
    ready: () =>
      (loading ??= import('../enrich/index.js').then((m) => {
        real = m.createAnnotator();
      })),
    get gazetteer() {
      return get().gazetteer;
    },
    learn: (lessons) => get().learn(lessons),
    annotate: (article) => get().annotate(article),
  };
}
