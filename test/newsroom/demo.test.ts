import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDemoContent } from '../../src/newsroom/demo.js';
import { buildArticle } from '../support/factories.js';
import { STORES, type TestStore } from '../support/stores.js';

for (const { name, open } of STORES) {
  describe(`demo content on ${name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await open();
    });
    afterEach(async () => t.dispose());

    it('loads into an empty store once, with sections, authors and pins', async () => {
      const n = await loadDemoContent(t.store);
      expect(n).toBeGreaterThanOrEqual(40);
      expect(await t.store.articles.count()).toBe(n);
      expect((await t.store.directory.sections()).length).toBeGreaterThanOrEqual(6);
      expect((await t.store.directory.authors()).length).toBeGreaterThan(3);
      const first = await t.store.articles.resolve('demo-001');
      expect(first?.article.demo).toBe(true);
      expect(await loadDemoContent(t.store)).toBe(0);
      expect(await t.store.articles.count()).toBe(n);
    });

    it('never loads into a store that already holds articles', async () => {
      await t.store.articles.create(buildArticle());
      expect(await loadDemoContent(t.store)).toBe(0);
      expect(await t.store.articles.count()).toBe(1);
    });
  });
}
