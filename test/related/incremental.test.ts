import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleInput } from '../../src/article/index.js';
import { rebuildRelated } from '../../src/related/rebuild/rebuild.js';
import { readRelated } from '../../src/related/read.js';
import { STORES, type TestStore } from '../support/stores.js';
import { engineDeps, openWithEngine, publish, storedList } from './engine.js';
import { FINAL, FLOOD, LIBRARY, newsInput } from './texts.js';

const NOW = new Date('2026-11-29T12:00:00Z');

for (const { name, open } of STORES) {
  describe(`related lists at write time (${name})`, () => {
    let t: TestStore;
    afterEach(async () => t?.dispose());

    it('gives a newly published article its list, and puts it into its neighbours’ lists', async () => {
      t = await openWithEngine(open);
      const a = await publish(t.store, newsInput(FLOOD[0]!, 0));
      const sport = await publish(t.store, newsInput(FINAL[0]!, 1));
      expect(await storedList(t.store, a)).toEqual([]);
      const b = await publish(t.store, newsInput(FLOOD[1]!, 1));
      expect(await storedList(t.store, b)).toEqual([a]);
      // a was written before b existed: b reached a's list through the write of b alone.
      expect(await storedList(t.store, a)).toEqual([b]);
      expect(await storedList(t.store, sport)).not.toContain(b);
    });

    it('displaces a weaker pick from a full list when a closer article is published', async () => {
      t = await openWithEngine(open, { listSize: 1 });
      const a = await publish(t.store, newsInput(FLOOD[0]!, 0));
      const weak = await publish(t.store, newsInput(FLOOD[3]!, 30)); // same town, a month on: decayed
      expect(await storedList(t.store, a)).toEqual([weak]);
      const close = await publish(t.store, newsInput(FLOOD[1]!, 1));
      expect(await storedList(t.store, a)).toEqual([close]);
    });

    it('takes an unpublished or deleted article out of every list that showed it', async () => {
      t = await openWithEngine(open);
      const a = await publish(t.store, newsInput(FLOOD[0]!, 0));
      const b = await publish(t.store, newsInput(FLOOD[1]!, 1));
      const c = await publish(t.store, newsInput(FLOOD[2]!, 2));
      expect(await storedList(t.store, a)).toEqual(expect.arrayContaining([b, c]));
      await t.store.articles.update(b, parseArticleInput(newsInput(FLOOD[1]!, 1, { status: 'draft', publishedAt: null })));
      expect(await storedList(t.store, a)).toEqual([c]);
      expect(await storedList(t.store, c)).toEqual([a]);
      expect(await t.store.related.lists.picks([b])).toEqual(new Map());
      await t.store.articles.delete(c);
      expect(await storedList(t.store, a)).toEqual([]);
    });

    it('comes back into lists when published again, and follows an edit of its text', async () => {
      t = await openWithEngine(open);
      const a = await publish(t.store, newsInput(FLOOD[0]!, 0));
      const lib = await publish(t.store, newsInput(LIBRARY[0]!, 0));
      const b = await publish(t.store, newsInput(FLOOD[1]!, 1, { status: 'draft', publishedAt: null }));
      expect(await storedList(t.store, a)).toEqual([]);
      await t.store.articles.update(b, parseArticleInput(newsInput(FLOOD[1]!, 1)));
      expect(await storedList(t.store, a)).toEqual([b]);
      // Rewritten about the library, b leaves the flood's list and joins the library's.
      await t.store.articles.update(b, parseArticleInput(newsInput(LIBRARY[1]!, 1)));
      expect(await storedList(t.store, a)).toEqual([]);
      expect(await storedList(t.store, lib)).toEqual([b]);
    });

    it('serves pins first and honours exclusions when the list is read', async () => {
      t = await openWithEngine(open);
      const a = await publish(t.store, newsInput(FLOOD[0]!, 0));
      const b = await publish(t.store, newsInput(FLOOD[1]!, 1));
      const c = await publish(t.store, newsInput(FLOOD[2]!, 2));
      const lib = await publish(t.store, newsInput(LIBRARY[0]!, 2));
      await t.store.articles.setPins(a, [String(lib)]);
      await t.store.newsroom.workflow.setExclusions(a, [b]);
      const items = await readRelated(t.store, { id: a, pins: [lib] }, NOW, 4);
      expect(items.map((x) => x.article.id)).toEqual([lib, c]);
      expect(items[0]!.pinned).toBe(true);
      expect(items[1]!.parts?.score).toBeGreaterThan(0);
    });

    it('agrees with a full rebuild on which same-event articles each list shows', async () => {
      t = await openWithEngine(open);
      const groups = [FLOOD, FINAL, LIBRARY];
      const ids: number[] = [];
      const groupOf = new Map<number, number>();
      for (const [g, texts] of groups.entries()) {
        for (const [i, x] of texts.entries()) {
          const id = await publish(t.store, newsInput(x, i));
          ids.push(id);
          groupOf.set(id, g);
        }
      }
      // Incremental profiles were weighed with the frequencies of their day, a rebuild's with today's:
      // orders may differ, the same-event neighbours may not.
      const mates = async () => Promise.all(ids.map(async (id) => (await storedList(t.store, id)).filter((x) => groupOf.get(x) === groupOf.get(id)).sort()));
      const incremental = await mates();
      for (const [k, id] of ids.entries()) expect(incremental[k]!.length, `list of ${id}`).toBe(groups[groupOf.get(id)!]!.length - 1);
      const report = await rebuildRelated(t.store, engineDeps);
      expect(report.articles).toBe(ids.length);
      expect(await mates()).toEqual(incremental);
    });
  });
}
