import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewsroomContext } from '../../src/newsroom/context.js';
import type { User } from '../../src/store/newsroom/index.js';
import { buildArticle } from '../support/factories.js';
import { STORES, type TestStore } from '../support/stores.js';
import { articleFields, Browser, buildNewsroomApp, idFromLocation, makeUser, TestClock, testContext, updatedAtOf } from './support.js';

for (const { name, open } of STORES) {
  describe(`each role's rights, by crafted requests, on ${name}`, () => {
    let t: TestStore;
    let clock: TestClock;
    let ctx: NewsroomContext;
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let writer: User, otherWriter: User, editor: User, admin: User;

    /** A signed-in browser for a user, holding a CSRF token of its session. */
    async function as(user: User): Promise<Browser> {
      const b = new Browser(app);
      await b.login(user.email);
      await b.get('/newsroom');
      return b;
    }

    /** A writer's new draft, by the editor form. */
    async function draftBy(b: Browser, overrides: Record<string, string> = {}): Promise<number> {
      await b.get('/newsroom/articles/new');
      return idFromLocation(await b.postMultipart('/newsroom/articles', articleFields(overrides)));
    }

    /** Posts a workflow move with the article's current updatedAt. */
    async function move(b: Browser, id: number, to: string, extra: Record<string, string> = {}) {
      const a = await t.store.articles.get(id);
      return b.post(`/newsroom/articles/${id}/transition`, { to, updatedAt: a!.updatedAt, ...extra });
    }

    /** Saves the editor form of an article with changed fields. */
    async function save(b: Browser, id: number, overrides: Record<string, string> = {}) {
      const a = await t.store.articles.get(id);
      return b.postMultipart(`/newsroom/articles/${id}`, { ...articleFields(overrides), updatedAt: a!.updatedAt });
    }

    beforeEach(async () => {
      t = await open();
      clock = new TestClock();
      ctx = testContext(t.store, clock);
      ({ app, close } = await buildNewsroomApp(t.store, clock));
      [writer, otherWriter, editor, admin] = await Promise.all([makeUser(ctx, 'writer'), makeUser(ctx, 'writer'), makeUser(ctx, 'editor'), makeUser(ctx, 'admin')]);
    });
    afterEach(async () => {
      await close();
      await t.dispose();
    });

    it('anonymous requests are sent to the login page or refused', async () => {
      const anon = new Browser(app);
      for (const url of ['/newsroom', '/newsroom/articles/new', '/newsroom/users', '/newsroom/media', '/newsroom/audit']) {
        const res = await anon.get(url);
        expect(res.statusCode, url).toBe(303);
        expect(res.headers.location, url).toMatch(/^\/newsroom\/login\?next=/);
      }
      await anon.get('/newsroom/login');
      const post = await anon.postMultipart('/newsroom/articles', articleFields());
      expect([401, 403]).toContain(post.statusCode);
      expect(await t.store.articles.count()).toBe(0);
    });

    it('a writer creates, edits their own draft and submits it; then it is no longer theirs to edit', async () => {
      const w = await as(writer);
      const id = await draftBy(w);
      const a = await t.store.articles.get(id);
      expect(a).toMatchObject({ status: 'draft', headline: articleFields().headline, publishedAt: null });
      expect((await save(w, id, { headline: 'عنوان معدّل للجسر الجديد' })).statusCode).toBe(303);
      expect((await t.store.articles.get(id))!.headline).toBe('عنوان معدّل للجسر الجديد');
      expect((await move(w, id, 'submit')).statusCode).toBe(303);
      expect((await t.store.articles.get(id))!.status).toBe('review');
      const refused = await save(w, id, { headline: 'محاولة تعديل بعد الإرسال' });
      expect(refused.statusCode).toBe(403);
      expect((await t.store.articles.get(id))!.headline).toBe('عنوان معدّل للجسر الجديد');
      // They may still see it (read-only) and withdraw it.
      const page = await w.get(`/newsroom/articles/${id}/edit`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<fieldset class="nr-editor__fields" disabled>');
      expect((await move(w, id, 'withdraw')).statusCode).toBe(303);
      expect((await t.store.articles.get(id))!.status).toBe('draft');
    });

    it('a writer cannot publish, schedule, unpublish or return, even with crafted requests', async () => {
      const w = await as(writer);
      const id = await draftBy(w);
      for (const to of ['publish', 'schedule', 'return']) {
        const res = await move(w, id, to, { at: '2026-12-01T10:00' });
        expect(res.statusCode, to).toBe(403);
      }
      expect((await t.store.articles.get(id))!.status).toBe('draft');
      const e = await as(editor);
      expect((await move(e, id, 'publish')).statusCode).toBe(303);
      expect((await move(w, id, 'unpublish')).statusCode).toBe(403);
      expect((await t.store.articles.get(id))!.status).toBe('published');
    });

    it('a writer cannot see, edit or move another writer\'s draft, nor imported articles', async () => {
      const w = await as(writer);
      const mine = await draftBy(w);
      const o = await as(otherWriter);
      expect((await o.get(`/newsroom/articles/${mine}/edit`)).statusCode).toBe(404);
      expect((await o.get(`/newsroom/articles/${mine}/preview`)).statusCode).toBe(404);
      expect((await o.get(`/newsroom/articles/${mine}/revisions`)).statusCode).toBe(404);
      expect((await save(o, mine, { headline: 'اختطاف مسودة زميل' })).statusCode).toBe(404);
      expect((await move(o, mine, 'submit')).statusCode).toBe(404);
      const imported = await t.store.articles.create(buildArticle({ status: 'draft', publishedAt: null }));
      expect((await save(w, imported.id)).statusCode).toBe(404);
      // Their list shows only their own.
      const list = await o.get('/newsroom');
      expect(list.body).not.toContain(`data-article-id="${mine}"`);
      expect((await w.get('/newsroom')).body).toContain(`data-article-id="${mine}"`);
    });

    it('writers and editors cannot manage accounts or read the audit log; admins can', async () => {
      for (const user of [writer, editor]) {
        const b = await as(user);
        expect((await b.get('/newsroom/users')).statusCode, user.role).toBe(403);
        expect((await b.post('/newsroom/users', { email: 'new@example.org', role: 'admin' })).statusCode, user.role).toBe(403);
        expect((await b.post(`/newsroom/users/${user.id}`, { role: 'admin' })).statusCode, user.role).toBe(403);
        expect((await b.get('/newsroom/audit')).statusCode, user.role).toBe(403);
      }
      expect((await t.store.newsroom.users.get(writer.id))!.role).toBe('writer');
      expect(await t.store.newsroom.users.byEmail('new@example.org')).toBeNull();
      const a = await as(admin);
      const invited = await a.post('/newsroom/users', { email: 'new@example.org', role: 'editor' });
      expect(invited.statusCode).toBe(200);
      expect(invited.body).toMatch(/http:\/\/127\.0\.0\.1:3000\/newsroom\/setup\/[A-Za-z0-9_-]{40,}/);
      expect((await t.store.newsroom.users.byEmail('new@example.org'))!.role).toBe('editor');
      // A role change takes effect at once: the person's sessions end.
      const w = await as(writer);
      expect((await a.post(`/newsroom/users/${writer.id}`, { role: 'editor' })).statusCode).toBe(303);
      expect((await w.get('/newsroom')).statusCode).toBe(303);
      // An admin cannot lock themself out.
      expect((await a.post(`/newsroom/users/${admin.id}`, { active: '0' })).statusCode).toBe(403);
    });

    it('a switched-off account can do nothing, even with an open session', async () => {
      const w = await as(writer);
      const a = await as(admin);
      expect((await a.post(`/newsroom/users/${writer.id}`, { active: '0' })).statusCode).toBe(303);
      expect((await w.get('/newsroom')).statusCode).toBe(303);
      expect((await w.login(writer.email)).statusCode).toBe(401);
    });

    it('an editor edits anything, schedules, publishes and unpublishes', async () => {
      const w = await as(writer);
      const id = await draftBy(w);
      await move(w, id, 'submit');
      const e = await as(editor);
      expect((await save(e, id, { deck: 'موجز كتبه المحرر' })).statusCode).toBe(303);
      expect((await move(e, id, 'schedule', { at: '2026-11-30T08:00' })).statusCode).toBe(303);
      expect(await t.store.articles.get(id)).toMatchObject({ status: 'scheduled', publishedAt: '2026-11-30T08:00:00.000Z' });
      expect((await move(e, id, 'publish')).statusCode).toBe(303);
      expect(await t.store.articles.get(id)).toMatchObject({ status: 'published', publishedAt: clock.now().toISOString() });
      const home = await app.inject('/');
      expect(home.body).toContain(articleFields().headline);
      expect((await move(e, id, 'unpublish')).statusCode).toBe(303);
      expect((await t.store.articles.get(id))!.status).toBe('unpublished');
      expect((await app.inject('/')).body).not.toContain(articleFields().headline);
      const events = await t.store.newsroom.workflow.events(id);
      expect(events.map((x) => [x.to, x.userName])).toEqual([
        ['draft', writer.name],
        ['review', writer.name],
        ['scheduled', editor.name],
        ['published', editor.name],
        ['unpublished', editor.name],
      ]);
    });

    it('moves the state does not allow are refused, as are schedules in the past', async () => {
      const e = await as(editor);
      const id = await draftBy(e);
      expect((await move(e, id, 'unpublish')).statusCode).toBe(409);
      expect((await move(e, id, 'schedule', { at: '2026-11-01T08:00' })).statusCode).toBe(400);
      expect((await move(e, id, 'schedule', { at: 'tomorrow' })).statusCode).toBe(400);
      expect((await move(e, id, 'frobnicate')).statusCode).toBe(400);
      expect((await t.store.articles.get(id))!.status).toBe('draft');
    });

    it('a stale workflow page is refused', async () => {
      const e = await as(editor);
      const id = await draftBy(e);
      const page = await e.get(`/newsroom/articles/${id}/edit`);
      const seen = updatedAtOf(page.body);
      await save(e, id, { deck: 'تعديل من نافذة أخرى' });
      const res = await e.post(`/newsroom/articles/${id}/transition`, { to: 'publish', updatedAt: seen });
      expect(res.statusCode).toBe(409);
      expect((await t.store.articles.get(id))!.status).toBe('draft');
    });
  });
}
