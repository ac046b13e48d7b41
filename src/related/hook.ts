import type { ArticleWriteHook, Store } from '../store/index.js';
import { applyArticleChange } from './apply.js';
import type { RelatedChanges } from './changes.js';
import type { RelatedDeps } from './engine-deps.js';

/** Options of the write hook. */
export interface RelatedHookOptions extends RelatedDeps {
  /**
   * Told, inside the write's transaction (with the transaction's store), which articles' lists
   * and story blocks and which stories changed: the composition root records them in the
   * change log so page caches drop exactly those pages.
   */
  readonly onChange?: (store: Store, changes: RelatedChanges) => Promise<void>;
}

/**
 * The related engine's write hook: run by the store inside every article write's transaction,
 * so a published article's list, its displaced neighbours' lists and its story are in place
 * when the write returns, and nothing is computed when a page is viewed.
 */
export function createRelatedHook(options: RelatedHookOptions): ArticleWriteHook {
  return async (store, change) => {
    const changes = await applyArticleChange(store, change, options);
    await options.onChange?.(store, changes);
  };
}
