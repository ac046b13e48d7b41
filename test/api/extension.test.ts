import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MidadError } from '../../src/article/index.js';
import { API_PREFIX, apiPlugin } from '../../src/api/index.js';
import { withErrors } from '../../src/api/responses.js';
import { READ_ROUTES } from '../../src/api/routes.js';
import type { ApiRoutes } from '../../src/api/services.js';
import { DEFAULT_SITE_CONFIG, distributionSettingsFromEnv, SiteConfigSchema } from '../../src/site/config.js';
import { TEST_NOW } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';

/** A stand-in for the write routes to come: its own auth check inside its own plugin, as STYLE.md asks. */
const draftRoutes: ApiRoutes = async (app) => {
  app.addHook('onRequest', async (request) => {
    if (request.headers.authorization !== 'Bearer test-token') throw new MidadError('ERR_UNAUTHENTICATED');
  });
  app.withTypeProvider<ZodTypeProvider>().post(
    '/drafts',
    {
      schema: {
        tags: ['drafts'],
        operationId: 'createDraft',
        body: z.object({ headline: z.string().min(1) }),
        response: withErrors({ 201: z.object({ headline: z.string() }) }),
      },
    },
    async (request, reply) => reply.code(201).send({ headline: request.body.headline }),
  );
};

describe('the API plugin takes more route plugins (the write routes to come)', () => {
  let t: TestStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    t = await openTestSqlite();
    app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    const config = { ...DEFAULT_SITE_CONFIG, apiCorsOrigins: ['https://app.example'] };
    await app.register(apiPlugin, { prefix: API_PREFIX, services: { store: t.store, config, now: () => TEST_NOW }, routes: [...READ_ROUTES, draftRoutes] });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('documents them, answers their errors in the API shape, and lists their methods in preflights', async () => {
    const doc = (await app.inject('/api/v1/openapi.json')).json();
    expect(doc.paths['/api/v1/drafts'].post.operationId).toBe('createDraft');

    const auth = { authorization: 'Bearer test-token' };
    const created = await app.inject({ method: 'POST', url: '/api/v1/drafts', headers: auth, payload: { headline: 'عنوان' } });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const invalid = await app.inject({ method: 'POST', url: '/api/v1/drafts', headers: auth, payload: { headline: '' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toMatchObject({ code: 'ERR_INVALID_PARAMETER', field: 'headline' });
    const anonymous = await app.inject({ method: 'POST', url: '/api/v1/drafts', payload: { headline: 'عنوان' } });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('ERR_UNAUTHENTICATED');
    // The read routes stay open: the auth hook lives in the drafts plugin only.
    expect((await app.inject('/api/v1/sections')).statusCode).toBe(200);

    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/v1/drafts', headers: { origin: 'https://app.example' } });
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
  });
});

describe('distribution settings from the environment', () => {
  it('reads MIDAD_* variables into the site settings, defaults when unset', () => {
    const parsed = SiteConfigSchema.parse(
      distributionSettingsFromEnv({
        MIDAD_FEED_CONTENT: 'summary',
        MIDAD_API_CORS_ORIGINS: 'https://a.example, https://b.example:8443',
        MIDAD_API_RATE_LIMIT: '50',
        MIDAD_TWITTER_SITE: '@midad',
      }),
    );
    expect(parsed).toMatchObject({
      feedContent: 'summary',
      apiCorsOrigins: ['https://a.example', 'https://b.example:8443'],
      apiRateLimit: 50,
      twitterSite: '@midad',
      publisherLogo: null,
    });
    expect(SiteConfigSchema.parse(distributionSettingsFromEnv({}))).toMatchObject({ feedContent: 'full', apiCorsOrigins: [], apiRateLimit: 300 });
  });

  it('refuses bad values by setting name', () => {
    const r = SiteConfigSchema.safeParse(
      distributionSettingsFromEnv({ MIDAD_API_RATE_LIMIT: 'many', MIDAD_API_CORS_ORIGINS: 'https://a.example/path', MIDAD_FEED_CONTENT: 'some' }),
    );
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(['apiCorsOrigins', 'apiRateLimit', 'feedContent']);
  });
});
