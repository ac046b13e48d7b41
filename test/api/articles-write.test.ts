import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleWriteRoutes } from '../../src/api/articles-write/index.js';
import { API_PREFIX, apiPlugin } from '../../src/api/index.js';
import { READ_ROUTES } from '../../src/api/routes.js';
import { createApiToken, revokeApiToken } from '../../src/newsroom/api-tokens/api-tokens.js';
import type { NewsroomContext } from '../../src/newsroom/context.js';
import { transitionArticle } from '../../src/newsroom/workflow/transition.js';
import { DEFAULT_SITE_CONFIG } from '../../src/site/config.js';
import type { User } from '../../src/store/newsroom/index.js';
import { makeUser, TestClock, testContext } from '../newsroom/support.js';
import { STORES, type TestStore } from '../support/stores.js';

const draft = {
  headline: 'المجلس البلدي يقر خطة لتشجير الشوارع',
  section: 'مدن',
  tags: ['بيئة'],
  byline: { authors: ['رامي عيسى'], source: null, dateline: 'حلب' },
  body: [
    { type: 'paragraph', text: 'أقر المجلس البلدي خطة لزراعة ألف شجرة في الشوارع الرئيسية.' },
    { type: 'subheading', text: 'المرحلة الأولى' },
  ],
};

for (const { name, open } of STORES) {
  describe(`the API's draft write routes on ${name}`, () => {
    let t: TestStore;
    let clock: TestClock;
    let ctx: NewsroomContext;
    let app: FastifyInstance;
    let writer: User;
    let editor: User;

    /** A token acting for a user. */
    async function tokenOf(user: User): Promise<string> {
      return (await createApiToken(ctx, user, 'اختبار')).token;
    }

    function call(method: 'GET' | 'POST' | 'PUT', url: string, token: string | null, payload?: unknown) {
      return app.inject({ method, url: `/api/v1${url}`, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(payload ? { payload: payload as object } : {}) });
    }

    beforeEach(async () => {
      t = await open();
      clock = new TestClock();
      ctx = testContext(t.store, clock);
      app = Fastify();
      app.setValidatorCompiler(validatorCompiler);
      app.setSerializerCompiler(serializerCompiler);
      await app.register(apiPlugin, {
        prefix: API_PREFIX,
        services: { store: t.store, config: DEFAULT_SITE_CONFIG, now: clock.now },
        routes: [...READ_ROUTES, articleWriteRoutes],
      });
      [writer, editor] = await Promise.all([makeUser(ctx, 'writer'), makeUser(ctx, 'editor')]);
    });
    afterEach(async () => {
      await app.close();
      await t.dispose();
    });

    it('a writer\'s token creates a draft that the writer owns, as a revision', async () => {
      const res = await call('POST', '/articles', await tokenOf(writer), draft);
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({ status: 'draft', headline: draft.headline, section: 'مدن', publishedAt: null, exclusions: [] });
      expect(res.headers.location).toBe(`/api/v1/articles/${body.id}/draft`);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(await t.store.newsroom.workflow.owner(body.id)).toBe(writer.id);
      expect((await t.store.newsroom.revisions.latest(body.id))!.action).toBe('create');
      // Drafts never appear in the public read API.
      expect((await call('GET', `/articles/${body.id}`, null)).statusCode).toBe(404);
    });

    it('updates need the version read; a stale one is refused with 409 and nothing changes', async () => {
      const token = await tokenOf(writer);
      const created = (await call('POST', '/articles', token, draft)).json();
      const ok = await call('PUT', `/articles/${created.id}`, token, { ...draft, deck: 'موجز جديد', expectedUpdatedAt: created.updatedAt });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ deck: 'موجز جديد' });
      expect(ok.json().updatedAt).not.toBe(created.updatedAt);
      const stale = await call('PUT', `/articles/${created.id}`, token, { ...draft, deck: 'موجز قديم', expectedUpdatedAt: created.updatedAt });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toEqual({ error: { code: 'ERR_ARTICLE_CONFLICT', message: expect.any(String), field: null } });
      expect((await t.store.articles.get(created.id))!.deck).toBe('موجز جديد');
      const missing = await call('PUT', `/articles/${created.id}`, token, draft);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.code).toBe('ERR_INVALID_PARAMETER');
    });

    it('the role rules are the newsroom\'s: a writer cannot touch others\' articles or submitted ones', async () => {
      const mine = (await call('POST', '/articles', await tokenOf(writer), draft)).json();
      const other = await tokenOf(await makeUser(ctx, 'writer'));
      expect((await call('GET', `/articles/${mine.id}/draft`, other)).statusCode).toBe(404);
      expect((await call('PUT', `/articles/${mine.id}`, other, { ...draft, expectedUpdatedAt: mine.updatedAt })).statusCode).toBe(404);
      await transitionArticle(ctx, writer, mine.id, { name: 'submit', expectedUpdatedAt: mine.updatedAt });
      const now = (await t.store.articles.get(mine.id))!.updatedAt;
      const refused = await call('PUT', `/articles/${mine.id}`, await tokenOf(writer), { ...draft, expectedUpdatedAt: now });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('ERR_FORBIDDEN');
      // An editor may edit it.
      const read = await call('GET', `/articles/${mine.id}/draft`, await tokenOf(editor));
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ status: 'review' });
      const edited = await call('PUT', `/articles/${mine.id}`, await tokenOf(editor), { ...draft, headline: 'عنوان حرره المحرر', expectedUpdatedAt: read.json().updatedAt });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ status: 'review', headline: 'عنوان حرره المحرر' });
    });

    it('refuses requests without a valid token: missing, unknown, revoked, or of a switched-off account', async () => {
      expect((await call('POST', '/articles', null, draft)).statusCode).toBe(401);
      const bad = await call('POST', '/articles', 'midad_not-a-real-token', draft);
      expect(bad.statusCode).toBe(401);
      expect(bad.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(bad.json().error.code).toBe('ERR_API_TOKEN_INVALID');
      const { token, record } = await createApiToken(ctx, writer, 'قديم');
      await revokeApiToken(ctx, writer, record.id);
      expect((await call('POST', '/articles', token, draft)).statusCode).toBe(401);
      const live = await tokenOf(writer);
      await t.store.newsroom.users.update(writer.id, { active: false }, clock.now().toISOString());
      expect((await call('POST', '/articles', live, draft)).statusCode).toBe(401);
      // A newsroom session cookie is not a way in.
      expect((await app.inject({ method: 'POST', url: '/api/v1/articles', headers: { cookie: 'midad_session=whatever' }, payload: draft })).statusCode).toBe(401);
      expect(await t.store.articles.count()).toBe(0);
    });

    it('validates the body and names the field', async () => {
      const res = await call('POST', '/articles', await tokenOf(writer), { ...draft, headline: '' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'ERR_INVALID_PARAMETER', field: 'headline' });
    });

    it('tokens are stored only as hashes and record when they were used', async () => {
      const { token, record } = await createApiToken(ctx, editor, 'تطبيق الهاتف');
      expect(record.prefix).toBe(token.slice(0, 12));
      expect(await t.store.newsroom.apiTokens.byHash(token)).toBeNull();
      await call('POST', '/articles', token, draft);
      expect((await t.store.newsroom.apiTokens.get(record.id))!.lastUsedAt).toBe(clock.now().toISOString());
    });
  });
}
