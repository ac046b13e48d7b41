import { isPublicAt, MidadError, type Article } from '../../article/index.js';
import type { ApiServices } from '../services.js';

/** A public article by our id, an external id or any slug it has had; 404 otherwise (drafts included). */
export async function findPublicArticle(s: ApiServices, ref: string): Promise<Article> {
  const found = await s.store.articles.resolve(ref);
  if (!found || !isPublicAt(found.article, s.now())) throw new MidadError('ERR_ARTICLE_NOT_FOUND', undefined, 'ref');
  return found.article;
}
