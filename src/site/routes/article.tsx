import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MidadError, teaserOf, type Article } from '../../article/index.js';
import { h } from '../jsx/runtime.js';
import { tag } from '../cache/tags.js';
import { sendPage } from '../page.js';
import { relatedCards } from '../related-picks.js';
import { storyOfArticle } from '../../related/story-read.js';
import { articleHead } from '../seo/heads.js';
import { viewContext, type SiteServices } from '../services.js';
import { articlePath, parseArticleRef } from '../urls.js';
import { ArticlePage } from '../views/article-page.js';
import { mentionsLd } from '../views/entity-head.js';

const Params = z.object({ ref: z.string().min(1).max(400) });

/** Whether readers may see an article now. */
function isPublic(a: Article, now: Date): boolean {
  return a.status === 'published' && a.publishedAt !== null && a.publishedAt <= now.toISOString();
}


/**
 * The article page at `/article/{id}-{slug}`. Any other spelling that reaches an article
 * (a bare id, an old slug, a slug alone, an external id) answers 301 to the canonical URL.
 */
export async function articleRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/article/:ref', { schema: { params: Params } }, async (request, reply) => {
    const { ref } = request.params;
    const parsed = parseArticleRef(ref);
    let article: Article | null = null;
    let canonical = false;
    if (parsed) {
      article = await s.store.articles.get(parsed.id);
      canonical = article !== null && parsed.slug === article.slug;
    }
    if (!article) {
      const found = await s.store.articles.resolve(ref);
      article = found?.article ?? null;
    }
    if (!article || !isPublic(article, s.now())) throw new MidadError('ERR_ARTICLE_NOT_FOUND');
    if (!canonical) return reply.redirect(articlePath(article), 301);

    const [ctx, related, annotations, story] = await Promise.all([
      viewContext(s),
      relatedCards(s, article),
      s.store.annotations.ofArticle(article.id),
      storyOfArticle(s.store, article.id, s.now()),
    ]);
    const canonicalUrl = ctx.site.siteUrl + articlePath(article);
    return sendPage(
      reply,
      ctx,
      {
        title: article.headline,
        description: teaserOf(article, 300),
        canonical: canonicalUrl,
        head: articleHead(ctx.site, article, canonicalUrl, { mentions: mentionsLd(ctx.site, annotations.entities) }),
      },
      <ArticlePage ctx={ctx} article={article} related={related} annotations={annotations} story={story} />,
      {
        lastModified: article.updatedAt,
        tags: [
          tag.article(article.id),
          ...related.map((r) => tag.article(r.id)),
          ...(story ? [tag.story(story.id), ...story.entries.map((e) => tag.article(e.id))] : []),
        ],
      },
    );
  });
}
