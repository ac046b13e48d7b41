import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createAnalyzer } from '../../arabic/analyzer.js';
import { MidadError } from '../../article/index.js';
import { search } from '../../search/service.js';
import { withErrors } from '../responses.js';
import type { ApiRoutes, ApiServices } from '../services.js';
import { decodeSearchCursor, encodeSearchCursor, MAX_OFFSET } from './cursor.js';
import { presentSearchHit } from './present.js';
import { SearchPageSchema, SearchQuery, type SearchParams } from './schema.js';


/** Section and author slugs as ids; an unknown one is a 404 naming its field, as on `GET /articles`. */
async function resolveFilters(s: ApiServices, q: SearchParams): Promise<{ sectionId?: number; authorId?: number }> {
  const [section, author] = await Promise.all([
    q.section === undefined ? null : s.store.directory.section(q.section),
    q.author === undefined ? null : s.store.directory.author(q.author),
  ]);
  if (q.section !== undefined && !section) throw new MidadError('ERR_SECTION_NOT_FOUND', undefined, 'section');
  if (q.author !== undefined && !author) throw new MidadError('ERR_AUTHOR_NOT_FOUND', undefined, 'author');
  return { ...(section ? { sectionId: section.id } : {}), ...(author ? { authorId: author.id } : {}) };
}

/**
 * `GET /search`: the reader site's search (same query syntax, analyzer, ranking, relaxed retry
 * and suggestion) as JSON, over published articles. The handler reads validate → resolve
 * filters → search → present; a query that cannot be searched is a 400 naming `q`, with the
 * search box's own message.
 */
export const searchRoutes: ApiRoutes = async (app, s) => {
  const fallback = createAnalyzer();
  const analyzer = s.analyzer ?? (() => fallback);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const siteUrl = s.config.siteUrl;

  r.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        operationId: 'searchArticles',
        summary: 'Search published articles (Arabic-aware: clitics, suffixes, hamza and diacritics are folded)',
        querystring: SearchQuery,
        response: withErrors({ 200: SearchPageSchema }),
      },
    },
    async (request, reply) => {
      const q = request.query;
      const filters = await resolveFilters(s, q);
      const offset = q.cursor === undefined ? 0 : decodeSearchCursor(q.cursor);
      const res = await search(s.store, analyzer(), {
        q: q.q,
        in: q.in,
        sort: q.sort,
        ...filters,
        ...(q.from !== undefined ? { from: q.from } : {}),
        // `to` is exclusive here and inclusive in the index: step back one millisecond.
        ...(q.to !== undefined ? { to: new Date(Date.parse(q.to) - 1).toISOString() } : {}),
        offset,
        pageSize: q.limit,
        now: s.now(),
      });
      if (res.problem || !res.query) throw new MidadError('ERR_INVALID_PARAMETER', res.problem?.message, 'q');
      const nextOffset = offset + q.limit;
      const nextCursor = nextOffset < res.total && nextOffset <= MAX_OFFSET ? encodeSearchCursor(nextOffset) : null;
      if (nextCursor) {
        const next = new URL(request.url, siteUrl);
        next.searchParams.set('cursor', nextCursor);
        reply.header('link', `<${siteUrl}${next.pathname}${next.search}>; rel="next"`);
      }
      return {
        query: res.query,
        total: res.total,
        relaxed: res.relaxed,
        suggestion: res.suggestion,
        items: res.hits.map((h) => presentSearchHit(siteUrl, h)),
        nextCursor,
      };
    },
  );
};
