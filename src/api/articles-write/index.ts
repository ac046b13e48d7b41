import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MidadError } from '../../article/index.js';
import { requireArticle } from '../../newsroom/articles/access.js';
import { newsroomConfig } from '../../newsroom/config.js';
import type { NewsroomContext } from '../../newsroom/context.js';
import { simpleParseDraft } from '../../newsroom/drafts/parse-draft.js';
import { createDraft, saveDraft } from '../../newsroom/drafts/save.js';
import { ApiErrorSchema } from '../errors.js';
import { withErrors } from '../responses.js';
import type { ApiRoutes } from '../services.js';
import { apiActorOf, requireApiToken, writeRateKey } from './auth.js';
import { presentDraft } from './present.js';
import { ApiDraftSchema, DraftCreateSchema, DraftParams, DraftUpdateSchema } from './schema.js';

/** Writes per token per minute, on top of the API's per-address limit. */
const WRITES_PER_MINUTE = 120;

/** The error answers a write can give besides the read routes' 400/404/429. */
const WRITE_ERRORS = { 401: ApiErrorSchema, 403: ApiErrorSchema, 409: ApiErrorSchema };

/**
 * The API's write routes for drafts, under /api/v1 beside the read routes. Each reads as
 * rate limit (per token) → token auth → validate (zod) → rights and stale check (the
 * newsroom's own services, so the API and the newsroom apply the same rules) → present.
 * Register it in the API's route list: `routes: [...READ_ROUTES, articleWriteRoutes]`.
 */
export const articleWriteRoutes: ApiRoutes = async (app, s) => {
  const ctx: NewsroomContext = { store: s.store, now: s.now, config: newsroomConfig(s.config.siteUrl), parseDraft: simpleParseDraft };
  app.decorateRequest('apiActor', null);
  app.addHook('onRequest', requireApiToken(s));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: WRITES_PER_MINUTE, timeWindow: 60_000, keyGenerator: writeRateKey };
  const security = [{ bearerAuth: [] }];
  const exclusionsOf = (id: number) => s.store.newsroom.workflow.exclusions(id);

  r.post(
    '/articles',
    {
      config: { rateLimit },
      schema: {
        tags: ['drafts'],
        operationId: 'createDraft',
        summary: 'Create a draft (any newsroom role)',
        security,
        body: DraftCreateSchema,
        response: withErrors({ 201: ApiDraftSchema, ...WRITE_ERRORS }),
      },
    },
    async (request, reply) => {
      const article = await createDraft(ctx, apiActorOf(request), request.body, { kind: 'api', ip: request.ip });
      reply.code(201).header('location', `/api/v1/articles/${article.id}/draft`);
      return presentDraft(article, await exclusionsOf(article.id));
    },
  );

  r.get(
    '/articles/:id/draft',
    {
      config: { rateLimit },
      schema: {
        tags: ['drafts'],
        operationId: 'getDraft',
        summary: 'An article as its editors see it, with the updatedAt to send back',
        security,
        params: DraftParams,
        response: withErrors({ 200: ApiDraftSchema, ...WRITE_ERRORS }),
      },
    },
    async (request, reply) => {
      const { article } = await requireArticle(ctx, apiActorOf(request), request.params.id, 'article.view');
      reply.header('cache-control', 'no-store, private');
      return presentDraft(article, await exclusionsOf(article.id));
    },
  );

  r.put(
    '/articles/:id',
    {
      config: { rateLimit },
      schema: {
        tags: ['drafts'],
        operationId: 'updateDraft',
        summary: 'Replace an article’s editable fields (refused with 409 when it changed since expectedUpdatedAt)',
        security,
        params: DraftParams,
        body: DraftUpdateSchema,
        response: withErrors({ 200: ApiDraftSchema, ...WRITE_ERRORS }),
      },
    },
    async (request) => {
      const { expectedUpdatedAt, ...fields } = request.body;
      if (!expectedUpdatedAt) throw new MidadError('ERR_INVALID_PARAMETER', undefined, 'expectedUpdatedAt');
      const article = await saveDraft(ctx, apiActorOf(request), request.params.id, fields, expectedUpdatedAt, { kind: 'api', ip: request.ip });
      return presentDraft(article, await exclusionsOf(article.id));
    },
  );
};
