/**
 * The article write hook: annotations are recomputed in the same transaction as every article
 * write, so a page never shows an article with the annotations of its previous text.
 */
import type { ArticleChange, ArticleWriteHook, Store } from '../store.js';
import type { FedAnnotator } from './annotator.js';
import type { Touched } from './types.js';

/** Told what each write changed (for caches: the articles and entities whose pages changed). */
export type OnTouched = (store: Store, touched: Touched, change: ArticleChange) => Promise<void>;

/** A hook that annotates every written article (and clears a deleted one's annotations). */
export function annotationHook(fed: FedAnnotator, onTouched?: OnTouched): ArticleWriteHook {
  return async (store, change) => {
    const touched = change.after
      ? await store.annotations.replace(change.id, await fed.annotate(store, change.after))
      : await store.annotations.clear(change.id);
    if (onTouched) await onTouched(store, touched, change);
  };
}
