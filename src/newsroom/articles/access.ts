import { MidadError, type Article } from '../../article/index.js';
import type { NewsroomContext } from '../context.js';
import { can, type Action, type Actor, type ArticleFacts } from '../permissions.js';

/** An article with the facts the permission rules need. */
export interface ArticleAccess {
  article: Article;
  facts: ArticleFacts;
}

/** An article and its owner, or null. */
export async function loadArticle(ctx: NewsroomContext, id: number): Promise<ArticleAccess | null> {
  const article = await ctx.store.articles.get(id);
  if (!article) return null;
  const ownerId = await ctx.store.newsroom.workflow.owner(id);
  return { article, facts: { status: article.status, ownerId } };
}

/**
 * Loads an article for an action, refusing with ERR_ARTICLE_NOT_FOUND when the actor may not
 * even see it (so writers cannot probe for others' drafts) and ERR_FORBIDDEN when they may see
 * it but not do this.
 */
export async function requireArticle(ctx: NewsroomContext, actor: Actor, id: number, action: Action): Promise<ArticleAccess> {
  const found = await loadArticle(ctx, id);
  if (!found || !can(actor, 'article.view', found.facts)) throw new MidadError('ERR_ARTICLE_NOT_FOUND');
  if (!can(actor, action, found.facts)) throw new MidadError('ERR_FORBIDDEN');
  return found;
}
