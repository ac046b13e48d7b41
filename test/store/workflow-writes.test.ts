import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleChange, ArticleWriteHook } from '../../src/store/index.js';
import { pageCacheHook } from '../../src/site/cache/invalidation.js';
import { buildArticle } from '../support/factories.js';
import { STORES, type TestStore } from '../support/stores.js';

for (const { name, open } of STORES) {
  describe(`workflow moves are article writes (${name})`, () => {
    let t: TestStore;
    afterEach(async () => {
      await t?.dispose();
    });

    it('runs the write hooks on publish, and logs the pages it makes stale', async () => {
      const seen: ArticleChange[] = [];
      const record: ArticleWriteHook = async (_store, change) => void seen.push(change);
      t = await open({ hooks: [record, pageCacheHook(() => new Date('2026-12-01T00:00:00Z'))] });
      const draft = await t.store.articles.create(buildArticle({ status: 'draft', publishedAt: null }));
      const head = await t.store.changes.head();
      seen.length = 0;
      const moved = await t.store.transaction((tx) =>
        tx.newsroom.workflow.transition({ id: draft.id, from: 'draft', to: 'published', publishedAt: '2026-11-30T08:00:00.000Z', updatedAt: '2026-11-30T08:00:00.000Z' }),
      );
      expect(moved).toBe(true);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.before?.status).toBe('draft');
      expect(seen[0]!.after?.status).toBe('published');
      const tags = (await t.store.changes.since(head)).flatMap((c) => c.tags);
      expect(tags).toEqual(expect.arrayContaining([`article:${draft.id}`, 'home', 'all']));
    });

    it('runs nothing when the move is refused (another writer got there first)', async () => {
      const seen: ArticleChange[] = [];
      t = await open({ hooks: [async (_s, c) => void seen.push(c)] });
      const draft = await t.store.articles.create(buildArticle({ status: 'draft', publishedAt: null }));
      seen.length = 0;
      const moved = await t.store.newsroom.workflow.transition({ id: draft.id, from: 'review', to: 'published', publishedAt: null, updatedAt: '2026-11-30T08:00:00.000Z' });
      expect(moved).toBe(false);
      expect(seen).toEqual([]);
    });
  });
}
