import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isPublicAt, MidadError } from '../../article/index.js';
import { Fragment, h, rawBytes } from '../jsx/runtime.js';
import { tag } from '../cache/tags.js';
import { sendPage } from '../page.js';
import { readArticleParts } from '../article-read.js';
import { relatedCards } from '../related-picks.js';
import { storyOfArticle } from '../../related/story-read.js';
import { viewContext, type SiteServices } from '../services.js';
import { articlePath, parseArticleRef } from '../urls.js';
import { ArticleAfter } from '../views/article-page.js';

const Params = z.object({ ref: z.string().min(1).max(400) });

/**
 * The article page at `/article/{id}-{slug}`. Any other spelling that reaches an article
 * (a bare id, an old slug, a slug alone, an external id) answers 301 to the canonical URL.
 * The article itself comes from its stored parts (see article-read.ts); what depends on other
 * articles (the story so far, related cards) and the navigation are read for each request.
 */
export async function articleRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/article/:ref', { schema: { params: Params } }, async (request, reply) => {
    const { ref } = request.params;
    const parsed = parseArticleRef(ref);
    const ctx = await viewContext(s);
    const parts = parsed ? await readArticleParts(s, ctx, parsed.id) : null;
    if (!parts || parts.slug !== parsed?.slug) {
      // Not the canonical spelling: find the article however the reference names it, and redirect.
      const article = parts ?? (await s.store.articles.resolve(ref))?.article ?? null;
      if (!article || !isPublicAt(article, s.now())) throw new MidadError('ERR_ARTICLE_NOT_FOUND');
      return reply.redirect(articlePath(article), 301);
    }
    if (!isPublicAt(parts, s.now())) throw new MidadError('ERR_ARTICLE_NOT_FOUND');

    const [related, story] = await Promise.all([
      relatedCards(s, { id: parts.id, pins: parts.pins, section: parts.sectionId === null ? null : { id: parts.sectionId } }),
      storyOfArticle(s.store, parts.id, s.now()),
    ]);
    const head = rawBytes(parts.head);
    const main = rawBytes(parts.main);
    return sendPage(
      reply,
      ctx,
      { title: parts.title, description: parts.description, canonical: ctx.site.siteUrl + articlePath(parts), head },
      <>
        {main}
        <ArticleAfter ctx={ctx} articleId={parts.id} related={related} story={story} />
      </>,
      {
        lastModified: parts.updatedAt,
        pieces: [head, main],
        tags: [
          tag.article(parts.id),
          ...related.map((r) => tag.article(r.id)),
          ...(story ? [tag.story(story.id), ...story.entries.map((e) => tag.article(e.id))] : []),
        ],
      },
    );
  });
}
