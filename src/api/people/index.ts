import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MidadError } from '../../article/index.js';
import { withErrors } from '../responses.js';
import type { ApiRoutes } from '../services.js';
import { findPerson } from './find.js';
import { presentPersonQuote, presentPersonSummary } from './present.js';
import { ApiPersonSchema, PersonListQuery, PersonPageSchema, PersonRefParams } from './schema.js';

/** Quotations a person answer carries. */
const LATEST_QUOTES = 10;

/** An offset as an opaque cursor (clients pass it back; they never build one). */
function encodeOffset(offset: number): string {
  return Buffer.from(`o${offset}`).toString('base64url');
}

function decodeOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const m = /^o([0-9]{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new MidadError('ERR_INVALID_PARAMETER', undefined, 'cursor');
  return Number(m[1]);
}

/** `GET /people` (most mentioned first) and `GET /people/{ref}`; only published articles count. */
export const peopleRoutes: ApiRoutes = async (app, s) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const siteUrl = s.config.siteUrl;
  const visible = () => ({ publishedBefore: s.now().toISOString() });

  r.get(
    '/people',
    {
      schema: {
        tags: ['people'],
        operationId: 'listPeople',
        summary: 'People named in published articles, most mentioned first',
        querystring: PersonListQuery,
        response: withErrors({ 200: PersonPageSchema }),
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const offset = decodeOffset(request.query.cursor);
      const page = await s.store.annotations.list({ ...visible(), kind: 'person', q, limit, offset });
      const next = offset + page.items.length;
      return { items: page.items.map((p) => presentPersonSummary(siteUrl, p)), nextCursor: next < page.total ? encodeOffset(next) : null };
    },
  );

  r.get(
    '/people/:ref',
    {
      schema: {
        tags: ['people'],
        operationId: 'getPerson',
        summary: 'One person: roles, counts and the latest quotations',
        params: PersonRefParams,
        response: withErrors({ 200: ApiPersonSchema }),
      },
    },
    async (request) => {
      const e = await findPerson(s, request.params.ref);
      const [articles, quotes, roles] = await Promise.all([
        s.store.annotations.articles(e.id, { ...visible(), limit: 1 }),
        s.store.annotations.quotesBy(e.id, { ...visible(), limit: LATEST_QUOTES }),
        s.store.annotations.roles(e.id, visible()),
      ]);
      if (articles.total === 0 && quotes.total === 0) throw new MidadError('ERR_ENTITY_NOT_FOUND', undefined, 'ref');
      return {
        ...presentPersonSummary(siteUrl, { ...e, articles: articles.total }),
        roles,
        quotes: { total: quotes.total, latest: quotes.items.map((q) => presentPersonQuote(siteUrl, q)) },
      };
    },
  );
};
