import { decodeParts, encodeParts, renderArticleParts, partsStamp, type StoredParts } from './article-parts.js';
import type { SiteServices } from './services.js';
import type { ViewContext } from './views/context.js';

/**
 * An article page's stored parts by the article's id: one indexed read when they are fresh;
 * otherwise the article and its annotations are read and rendered, and the parts stored for
 * the next reader (lazily: that is also how articles stored before migration 008 get theirs).
 * Null when there is no such article.
 */
export async function readArticleParts(s: SiteServices, ctx: ViewContext, id: number): Promise<StoredParts | null> {
  const stamp = partsStamp(ctx);
  // Read before the article: a write after this bumps gen, and the fill below then stores nothing.
  const stored = await s.store.articles.page(id);
  if (!stored) return null;
  if (stored.parts !== null && stored.stamp === stamp) return decodeParts(stored.parts);
  const [article, annotations] = await Promise.all([s.store.articles.get(id), s.store.annotations.ofArticle(id)]);
  if (!article) return null;
  const encoded = encodeParts(renderArticleParts(ctx, article, annotations));
  await s.store.articles.fillPage(id, stored.gen, stamp, encoded);
  return decodeParts(Buffer.from(encoded));
}
