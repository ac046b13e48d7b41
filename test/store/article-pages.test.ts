import { afterEach, describe, expect, it } from 'vitest';
import { buildArticle } from '../support/factories.js';
import { STORES, type TestStore } from '../support/stores.js';

for (const { name, open } of STORES) {
  describe(`stored article page parts (${name})`, () => {
    let t: TestStore;
    afterEach(async () => {
      await t?.dispose();
    });

    it('gives every new article an empty row, and keeps a fill made at the current generation', async () => {
      t = await open();
      const a = await t.store.articles.create(buildArticle());
      const empty = await t.store.articles.page(a.id);
      expect(empty).toMatchObject({ parts: null, stamp: null });
      expect(await t.store.articles.fillPage(a.id, empty!.gen, 's1', '{"x":1}')).toBe(true);
      expect(await t.store.articles.page(a.id)).toEqual({ gen: empty!.gen, stamp: 's1', parts: Buffer.from('{"x":1}') });
      expect(await t.store.articles.page(a.id + 1000)).toBeNull();
    });

    it('an update clears the parts, and a fill rendered before it stores nothing', async () => {
      t = await open();
      const a = await t.store.articles.create(buildArticle());
      const before = (await t.store.articles.page(a.id))!;
      await t.store.articles.fillPage(a.id, before.gen, 's1', 'old');
      await t.store.articles.update(a.id, buildArticle({ headline: 'عنوان جديد' }));
      const after = (await t.store.articles.page(a.id))!;
      expect(after.parts).toBeNull();
      expect(after.gen).toBeGreaterThan(before.gen);
      // A reader that read `before.gen`, then rendered the old article, loses the race.
      expect(await t.store.articles.fillPage(a.id, before.gen, 's1', 'stale')).toBe(false);
      expect((await t.store.articles.page(a.id))!.parts).toBeNull();
    });

    it('clears the parts on changes made outside the article repository: pins and workflow moves', async () => {
      t = await open();
      const other = await t.store.articles.create(buildArticle());
      const a = await t.store.articles.create(buildArticle({ status: 'draft', publishedAt: null }));
      const fill = async () => {
        const p = (await t.store.articles.page(a.id))!;
        expect(await t.store.articles.fillPage(a.id, p.gen, 's', 'parts')).toBe(true);
      };
      await fill();
      await t.store.articles.setPins(a.id, [String(other.id)]);
      expect((await t.store.articles.page(a.id))!.parts).toBeNull();
      await fill();
      const moved = await t.store.newsroom.workflow.transition({ id: a.id, from: 'draft', to: 'published', publishedAt: '2026-11-30T08:00:00.000Z', updatedAt: '2026-11-30T08:00:00.000Z' });
      expect(moved).toBe(true);
      expect((await t.store.articles.page(a.id))!.parts).toBeNull();
    });

    it('drops the row with the article', async () => {
      t = await open();
      const a = await t.store.articles.create(buildArticle());
      await t.store.articles.delete(a.id);
      expect(await t.store.articles.page(a.id)).toBeNull();
    });
  });
}
