import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/index.js';
import type { NewsroomContext } from '../../src/newsroom/context.js';
import { Browser, buildNewsroomApp, makeUser, TestClock, testContext } from '../newsroom/support.js';
import { STORES, type TestStore } from '../support/stores.js';
import { openAnnotated } from './store-support.js';
import { storyArticle, WATER_TALKS } from './stories.js';

for (const { name, open } of STORES) {
  describe(`correcting annotations in the newsroom on ${name}`, () => {
    let t: TestStore;
    let ctx: NewsroomContext;
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let article: Article;

    beforeEach(async () => {
      t = await openAnnotated(open);
      const clock = new TestClock();
      ctx = testContext(t.store, clock);
      ({ app, close } = await buildNewsroomApp(t.store, clock));
      article = await t.store.articles.create(storyArticle(WATER_TALKS, { publishedAt: '2026-11-20T09:00:00Z' }));
    });
    afterEach(async () => {
      await close();
      await t.dispose();
    });

    const entityNamed = async (who: string) => (await t.store.annotations.ofArticle(article.id)).entities.find((e) => e.name === who)!;
    const editor = async () => {
      const b = new Browser(app);
      await b.login((await makeUser(ctx, 'editor')).email);
      // A page of the session, so the browser holds a CSRF token bound to it.
      await b.get('/newsroom/entities');
      return b;
    };

    it('an editor renames a person; the correction is audited and survives re-annotation', async () => {
      const b = await editor();
      const mansour = await entityNamed('كريم منصور');
      const page = await b.get(`/newsroom/entities/${mansour.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('name="_csrf"');
      const res = await b.post(`/newsroom/entities/${mansour.id}/rename`, { name: 'كريم عادل منصور' });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/newsroom/entities/${mansour.id}?done=renamed`);
      await t.store.articles.update(article.id, storyArticle(WATER_TALKS, { headline: 'عنوان جديد', publishedAt: '2026-11-20T09:00:00Z' }));
      expect((await t.store.annotations.entity(mansour.id))?.name).toBe('كريم عادل منصور');
      expect((await entityNamed('كريم عادل منصور')).id).toBe(mansour.id);
      const audit = await t.store.newsroom.audit.list({ limit: 10 });
      expect(audit.items[0]).toMatchObject({ action: 'entity.rename', targetType: 'entity', targetId: String(mansour.id) });
    });

    it('merges two entities, rejects a false one, and changes a speaker', async () => {
      const b = await editor();
      const mansour = await entityNamed('كريم منصور');
      const haddad = await entityNamed('ليلى حداد');
      const merged = await b.post(`/newsroom/entities/${haddad.id}/merge`, { into: String(mansour.id) });
      expect(merged.statusCode, merged.body.slice(0, 3000)).toBe(303);
      expect(merged.headers.location).toBe(`/newsroom/entities/${mansour.id}?done=merged`);
      expect((await t.store.annotations.entity(haddad.id))?.mergedInto).toBe(mansour.id);
      const cairo = await entityNamed('القاهرة');
      expect((await b.post(`/newsroom/entities/${cairo.id}/reject`)).statusCode).toBe(303);
      expect((await t.store.annotations.ofArticle(article.id)).entities.some((e) => e.id === cairo.id)).toBe(false);
      const quotes = (await t.store.annotations.ofArticle(article.id)).quotes;
      const page = await b.get(`/newsroom/articles/${article.id}/annotations`);
      expect(page.body).toContain(`action="/newsroom/quotes/${quotes[0]!.id}/speaker"`);
      const res = await b.post(`/newsroom/quotes/${quotes[0]!.id}/speaker`, { speaker: 'text', text: 'مصادر دبلوماسية' });
      expect(res.headers.location).toBe(`/newsroom/articles/${article.id}/annotations?done=speaker#quote-${quotes[0]!.id}`);
      await t.store.articles.update(article.id, storyArticle(WATER_TALKS, { headline: 'عنوان ثالث', publishedAt: '2026-11-20T09:00:00Z' }));
      expect((await t.store.annotations.ofArticle(article.id)).quotes[0]).toMatchObject({ speaker: null, speakerText: 'مصادر دبلوماسية' });
    });

    it('refuses writers, and forms without the CSRF token', async () => {
      const mansour = await entityNamed('كريم منصور');
      const writer = new Browser(app);
      await writer.login((await makeUser(ctx, 'writer')).email);
      await writer.get('/newsroom');
      expect((await writer.get('/newsroom/entities')).statusCode).toBe(403);
      expect((await writer.post(`/newsroom/entities/${mansour.id}/rename`, { name: 'اسم آخر' })).statusCode).toBe(403);
      const b = await editor();
      expect((await b.post(`/newsroom/entities/${mansour.id}/rename`, { name: 'اسم آخر', _csrf: '' })).statusCode).toBe(403);
      expect((await t.store.annotations.entity(mansour.id))?.name).toBe('كريم منصور');
      expect((await new Browser(app).get('/newsroom/entities')).statusCode).toBe(303);
    });

    it('lists the names for editors, with a filter', async () => {
      const b = await editor();
      const res = await b.get('/newsroom/entities?kind=person');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('كريم منصور');
      expect(res.body).not.toContain('القاهرة</a>');
    });
  });
}
