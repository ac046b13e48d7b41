import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readRelated } from '../../related/read.js';
import { findPublicArticle } from '../articles/find.js';
import { presentArticleSummary } from '../articles/present.js';
import { ApiArticleSummarySchema, ArticleRefParams } from '../articles/schema.js';
import { withErrors } from '../responses.js';
import type { ApiRoutes } from '../services.js';

const RelatedQuery = z.object({
  limit: z.coerce.number().int().min(1).max(20).default(6).describe('Cards wanted (1–20, default 6)'),
});

/** One card of a related list. */
const ApiRelatedItemSchema = z
  .object({
    article: ApiArticleSummarySchema,
    pinned: z.boolean().describe('Chosen by an editor: pins come first, in the editor’s order'),
    score: z.number().nullable().describe('The engine’s score (null for pins)'),
  })
  .meta({ id: 'RelatedItem' });

const RelatedListSchema = z.object({ items: z.array(ApiRelatedItemSchema) }).meta({ id: 'RelatedList' });

/**
 * `GET /articles/{ref}/related`: the list the article page shows, as stored at write time
 * (pins first, exclusions left out, only what readers may see now). Nothing is ranked per call.
 */
export const relatedRoutes: ApiRoutes = async (app, s) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/articles/:ref/related',
    {
      schema: {
        tags: ['articles'],
        operationId: 'getRelatedArticles',
        summary: "A published article's related articles",
        params: ArticleRefParams,
        querystring: RelatedQuery,
        response: withErrors({ 200: RelatedListSchema }),
      },
    },
    async (request) => {
      const article = await findPublicArticle(s, request.params.ref);
      const items = await readRelated(s.store, article, s.now(), request.query.limit);
      return { items: items.map((x) => ({ article: presentArticleSummary(s.config.siteUrl, x.article), pinned: x.pinned, score: x.score })) };
    },
  );
};
