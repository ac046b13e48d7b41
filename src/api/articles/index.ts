import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { httpDate } from '../../site/format/dates.js';
import { modifiedAt } from '../../site/seo/urls.js';
import { withErrors } from '../responses.js';
import type { ApiRoutes } from '../services.js';
import { encodeCursor } from './cursor.js';
import { resolveArticleFilter } from './filter.js';
import { findPublicArticle } from './find.js';
import { listPublicArticles } from './list.js';
import { presentArticle, presentArticleSummary } from './present.js';
import { ApiArticleSchema, ArticleListQuery, ArticlePageSchema, ArticleRefParams } from './schema.js';

/** `GET /articles` (filters, cursor pages) and `GET /articles/{ref}`; each handler reads validate → load → present. */
export const articleRoutes: ApiRoutes = async (app, s) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const siteUrl = s.config.siteUrl;

  r.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        operationId: 'listArticles',
        summary: 'Published articles, newest first',
        querystring: ArticleListQuery,
        response: withErrors({ 200: ArticlePageSchema }),
      },
    },
    async (request, reply) => {
      const filter = await resolveArticleFilter(s, request.query);
      const page = await listPublicArticles(s, filter);
      const nextCursor = page.next && encodeCursor(page.next);
      if (nextCursor) {
        const next = new URL(request.url, siteUrl);
        next.searchParams.set('cursor', nextCursor);
        reply.header('link', `<${siteUrl}${next.pathname}${next.search}>; rel="next"`);
      }
      return { items: page.items.map((a) => presentArticleSummary(siteUrl, a)), nextCursor };
    },
  );

  r.get(
    '/articles/:ref',
    {
      schema: {
        tags: ['articles'],
        operationId: 'getArticle',
        summary: 'One published article by id, external id or slug',
        params: ArticleRefParams,
        response: withErrors({ 200: ApiArticleSchema }),
      },
    },
    async (request, reply) => {
      const article = await findPublicArticle(s, request.params.ref);
      reply.header('last-modified', httpDate(modifiedAt(article)));
      return presentArticle(siteUrl, article);
    },
  );
};
