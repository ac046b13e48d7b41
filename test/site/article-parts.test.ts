import { afterEach, describe, expect, it } from 'vitest';
import { articlePath } from '../../src/site/urls.js';
import { buildArticle } from '../support/factories.js';
import { buildTestApp } from '../support/site.js';
import { STORES, type TestStore } from '../support/stores.js';

for (const { name, open } of STORES) {
  describe(`article pages from stored parts (${name})`, () => {
    let t: TestStore;
    afterEach(async () => {
      await t?.dispose();
    });

    it('stores the parts on the first view and serves the same bytes from them', async () => {
      t = await open();
      const a = await t.store.articles.create(buildArticle({ headline: 'سوق الكتب القديمة', publishedAt: '2026-11-20T09:00:00Z' }));
      const app = await buildTestApp(t.store);
      const first = await app.inject(articlePath(a));
      expect(first.statusCode).toBe(200);
      expect((await t.store.articles.page(a.id))!.parts?.toString()).toContain('سوق الكتب القديمة');
      const second = await app.inject(articlePath(a));
      expect(second.body).toBe(first.body);
      expect(second.headers.etag).toBe(first.headers.etag);
      await app.close();
    });

    it('shows an edit at once, and a draft made of stored parts stays hidden', async () => {
      t = await open();
      const a = await t.store.articles.create(buildArticle({ headline: 'العنوان الأول', publishedAt: '2026-11-20T09:00:00Z' }));
      const app = await buildTestApp(t.store);
      expect((await app.inject(articlePath(a))).body).toContain('العنوان الأول');
      const edited = await t.store.articles.update(a.id, buildArticle({ headline: 'العنوان المعدل', publishedAt: '2026-11-20T09:00:00Z' }));
      const page = await app.inject(articlePath(edited));
      expect(page.body).toContain('العنوان المعدل');
      expect(page.body).not.toContain('العنوان الأول');
      await t.store.newsroom.workflow.transition({ id: a.id, from: 'published', to: 'draft', publishedAt: null, updatedAt: '2026-11-21T09:00:00.000Z' });
      expect((await app.inject(articlePath(edited))).statusCode).toBe(404);
      await app.close();
    });

    it('renders afresh for a site with other settings instead of serving their parts', async () => {
      t = await open();
      const a = await t.store.articles.create(buildArticle({ headline: 'تقرير 2026', publishedAt: '2026-11-20T09:00:00Z' }));
      const latin = await buildTestApp(t.store, { digits: 'latn' });
      expect((await latin.inject(articlePath(a))).body).toContain('تقرير 2026');
      const arabic = await buildTestApp(t.store, { digits: 'arab' });
      expect((await arabic.inject(articlePath(a))).body).toContain('تقرير ٢٠٢٦');
      await latin.close();
      await arabic.close();
    });

    it('redirects other spellings to the canonical URL from the stored parts', async () => {
      t = await open();
      const a = await t.store.articles.create(buildArticle({ publishedAt: '2026-11-20T09:00:00Z' }));
      const app = await buildTestApp(t.store);
      await app.inject(articlePath(a));
      const moved = await app.inject(`/article/${a.id}`);
      expect(moved.statusCode).toBe(301);
      expect(moved.headers.location).toBe(articlePath(a));
      await app.close();
    });
  });
}
