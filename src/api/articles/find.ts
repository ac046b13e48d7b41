import { MidadError, type Article } from '../../article/index.js';
import type { ApiServices } from '../services.js';

/** Whether readers may see an article now: published, and not scheduled for later. */
export function isPublicNow(a: { status: string; publishedAt: string | null }, now: Date): boolean {
  return a.status === 'published' && a.publishedAt !== null && a.publishedAt <= now.toISOString();
}

/** A public article by our id, an external id or any slug it has had; 404 otherwise (drafts included). */
export async function findPublicArticle(s: ApiServices, ref: string): Promise<Article> {
  const found = await s.store.articles.resolve(ref);
  if (!found || !isPublicNow(found.article, s.now())) throw new MidadError('ERR_ARTICLE_NOT_FOUND', undefined, 'ref');
  return found.article;
}
