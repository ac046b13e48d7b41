import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MidadError } from '../../article/index.js';
import { withErrors } from '../responses.js';
import type { ApiRoutes } from '../services.js';
import { presentAuthor } from './present.js';
import { ApiAuthorSchema, AuthorListSchema, AuthorParams } from './schema.js';

/** `GET /authors` and `GET /authors/{slug}`. */
export const authorRoutes: ApiRoutes = async (app, s) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/authors',
    { schema: { tags: ['authors'], operationId: 'listAuthors', summary: 'Every author, by name', response: withErrors({ 200: AuthorListSchema }) } },
    async () => ({ items: (await s.store.directory.authors()).map((x) => presentAuthor(s.config.siteUrl, x)) }),
  );
  r.get(
    '/authors/:slug',
    {
      schema: {
        tags: ['authors'],
        operationId: 'getAuthor',
        summary: 'One author by slug',
        params: AuthorParams,
        response: withErrors({ 200: ApiAuthorSchema }),
      },
    },
    async (request) => {
      const author = await s.store.directory.author(request.params.slug);
      if (!author) throw new MidadError('ERR_AUTHOR_NOT_FOUND', undefined, 'slug');
      return presentAuthor(s.config.siteUrl, author);
    },
  );
};
