import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { buildArticle } from '../support/factories.js';
import { STORES, type TestStore } from '../support/stores.js';

for (const { name, open } of STORES) {
  describe(`kept article summaries (${name})`, () => {
    let t: TestStore;
    let other: Store | undefined;
    afterEach(async () => {
      await other?.close();
      other = undefined;
      await t?.dispose();
    });

    it('serves a kept summary only while it is current: edits, workflow moves and deletes show at once', async () => {
      t = await open();
      const a = await t.store.articles.create(buildArticle({ headline: 'العنوان الأول' }));
      const b = await t.store.articles.create(buildArticle({ headline: 'مقال ثان' }));
      expect((await t.store.articles.summaries([a.id, b.id])).map((s) => s.headline)).toEqual(['العنوان الأول', 'مقال ثان']);

      await t.store.articles.update(a.id, buildArticle({ headline: 'العنوان بعد التعديل' }));
      expect((await t.store.articles.summaries([b.id, a.id])).map((s) => s.headline)).toEqual(['مقال ثان', 'العنوان بعد التعديل']);

      const moved = await t.store.newsroom.workflow.transition({ id: b.id, from: 'published', to: 'draft', publishedAt: null, updatedAt: '2026-11-30T08:00:00.000Z' });
      expect(moved).toBe(true);
      expect((await t.store.articles.summaries([b.id]))[0]!.status).toBe('draft');

      await t.store.articles.delete(a.id);
      expect((await t.store.articles.summaries([a.id, b.id])).map((s) => s.id)).toEqual([b.id]);
    });

    it('sees a write made by another process on the same database', async () => {
      t = await open();
      const a = await t.store.articles.create(buildArticle({ headline: 'قبل' }));
      expect((await t.store.articles.summaries([a.id]))[0]!.headline).toBe('قبل');
      other = await openStore(t.location);
      await other.articles.update(a.id, buildArticle({ headline: 'بعد', byline: { authors: ['كاتب آخر'], source: null, dateline: 'عمّان' } }));
      const seen = (await t.store.articles.summaries([a.id]))[0]!;
      expect(seen.headline).toBe('بعد');
      expect(seen.authors.map((x) => x.name)).toEqual(['كاتب آخر']);
    });
  });
}
