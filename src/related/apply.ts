import type { ArticleChange, Store } from '../store/index.js';
import { addArticle } from './add.js';
import { noChanges, type RelatedChanges } from './changes.js';
import type { RelatedDeps } from './engine-deps.js';
import { isListable } from './listable.js';
import { removeArticle } from './remove.js';
import { loadSettings } from './settings-store.js';

/**
 * Applies one article write to the related lists and stories, inside the write's transaction,
 * and says what changed (for page caches). An update is a removal and an
 * addition: the article's old neighbours let it go, its new ones take it in.
 */
export async function applyArticleChange(store: Store, change: ArticleChange, deps: RelatedDeps): Promise<RelatedChanges> {
  const out = noChanges();
  const at = (deps.now?.() ?? new Date()).toISOString();
  const s = await loadSettings(store);
  await removeArticle(store, change.id, change.before, deps, s, at, out);
  if (isListable(change.after)) await addArticle(store, change.after!, deps, s, at, out);
  return out;
}
