import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findPublicArticle } from '../articles/find.js';
import { ArticleRefParams } from '../articles/schema.js';
import { presentQuote } from '../people/present.js';
import { ApiQuoteSchema } from '../people/schema.js';
import { withErrors } from '../responses.js';
import type { ApiRoutes } from '../services.js';

/** An article's quotations, in reading order. */
const ArticleQuotesSchema = z.object({ items: z.array(ApiQuoteSchema) }).meta({ id: 'ArticleQuotes' });

/** `GET /articles/{ref}/quotes`: who said what in a published article. */
export const quoteRoutes: ApiRoutes = async (app, s) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/articles/:ref/quotes',
    {
      schema: {
        tags: ['articles', 'people'],
        operationId: 'getArticleQuotes',
        summary: "A published article's quotations and their speakers",
        params: ArticleRefParams,
        response: withErrors({ 200: ArticleQuotesSchema }),
      },
    },
    async (request) => {
      const article = await findPublicArticle(s, request.params.ref);
      const { quotes } = await s.store.annotations.ofArticle(article.id);
      return { items: quotes.map((q) => presentQuote(s.config.siteUrl, q)) };
    },
  );
};
