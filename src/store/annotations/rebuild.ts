/**
 * Re-annotating stored articles: those a new rules version has not annotated yet (or every
 * article), a batch per transaction so the site keeps serving, reporting progress.
 */
import type { Store } from '../store.js';
import type { FedAnnotator } from './annotator.js';
import type { Touched } from './types.js';

/** Articles per transaction. */
const BATCH = 50;

/** How a rebuild goes. */
export interface ReannotateOptions {
  /** Every article, not only those of another version. */
  all?: boolean;
  onProgress?: (done: number) => void;
  /** Told, inside each batch's transaction, what each article's new annotations changed (for caches). */
  onTouched?: (store: Store, touched: Touched) => Promise<void>;
}

/** Annotates the articles due (or all); returns how many. */
export async function reannotate(store: Store, fed: FedAnnotator, options: ReannotateOptions = {}): Promise<number> {
  let done = 0;
  const all = options.all ? await store.articles.ids() : null;
  let after = 0;
  for (;;) {
    const ids = all ? all.slice(done, done + BATCH) : await store.annotations.stale(fed.version, after, BATCH);
    if (!ids.length) return done;
    await store.transaction(async (tx) => {
      for (const id of ids) {
        const article = await tx.articles.get(id);
        if (!article) continue;
        const touched = await tx.annotations.replace(id, await fed.annotate(tx, article));
        if (options.onTouched) await options.onTouched(tx, touched);
      }
    });
    done += ids.length;
    after = ids[ids.length - 1]!;
    options.onProgress?.(done);
  }
}
