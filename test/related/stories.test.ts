import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleInput } from '../../src/article/index.js';
import { noChanges } from '../../src/related/changes.js';
import { DEFAULT_RELATED_SETTINGS as S } from '../../src/related/settings.js';
import { storyAfterAdd, storyAfterRemove } from '../../src/related/stories/maintain.js';
import { storyById, storyOfArticle } from '../../src/related/story-read.js';
import { storyTitle } from '../../src/related/stories/title.js';
import { STORIES_AT } from './story-fixtures.js';
import { STORES, type TestStore } from '../support/stores.js';
import { openWithEngine, publish, storyIds } from './engine.js';
import { FINAL, FLOOD, LIBRARY, newsInput } from './texts.js';

const AT = '2026-11-29T12:00:00.000Z';
const NOW = new Date(AT);

for (const { name, open } of STORES) {
  describe(`stories as articles arrive (${name})`, () => {
    let t: TestStore;
    afterEach(async () => t?.dispose());

    it('groups articles about one event within the time window, and only them', async () => {
      t = await openWithEngine(open);
      const flood = [];
      for (const [i, x] of FLOOD.slice(0, 3).entries()) flood.push(await publish(t.store, newsInput(x, i)));
      const other = [await publish(t.store, newsInput(FINAL[0]!, 1)), await publish(t.store, newsInput(LIBRARY[0]!, 2))];
      const [s1, s2, s3] = await storyIds(t.store, flood);
      expect(s1).toBeDefined();
      expect([s2, s3]).toEqual([s1, s1]);
      expect(await storyIds(t.store, other)).toEqual([undefined, undefined]);
      // Two months on, the same town's news starts no part of the old story.
      const late = await publish(t.store, newsInput(FLOOD[3]!, 60));
      expect(await storyIds(t.store, [late])).toEqual([undefined]);
      const view = await storyOfArticle(t.store, flood[0]!, NOW);
      expect(view?.entries.map((a) => a.id)).toEqual(flood);
    });

    it('forms no story from two articles (a story needs three), and forms it on the third', async () => {
      t = await openWithEngine(open);
      const a = await publish(t.store, newsInput(FLOOD[0]!, 0));
      const b = await publish(t.store, newsInput(FLOOD[1]!, 1));
      expect(await storyIds(t.store, [a, b])).toEqual([undefined, undefined]);
      const c = await publish(t.store, newsInput(FLOOD[2]!, 2));
      const ids = await storyIds(t.store, [a, b, c]);
      expect(ids[0]).toBeDefined();
      expect(new Set(ids).size).toBe(1);
    });

    it('lets go of a story that falls under three articles when one is unpublished', async () => {
      t = await openWithEngine(open);
      const ids = [];
      for (const [i, x] of FLOOD.slice(0, 3).entries()) ids.push(await publish(t.store, newsInput(x, i)));
      const [storyId] = await storyIds(t.store, ids);
      await t.store.articles.update(ids[1]!, parseArticleInput(newsInput(FLOOD[1]!, 1, { status: 'draft', publishedAt: null })));
      expect(await storyIds(t.store, ids)).toEqual([undefined, undefined, undefined]);
      expect(await t.store.related.stories.get(storyId!)).toBeNull();
    });
  });

  describe(`story merges and splits (${name})`, () => {
    let t: TestStore;
    afterEach(async () => t?.dispose());

    /** Seven articles (no engine: the links are set by hand, so each step is exact). */
    async function seven(): Promise<number[]> {
      t = await open();
      const ids = [];
      for (const [i, x] of STORIES_AT.entries()) ids.push((await t.store.articles.create(parseArticleInput(newsInput(x, i)))).id);
      return ids;
    }
    const link = async (id: number, others: number[]) => {
      const links = others.map((otherId) => ({ otherId, affinity: 0.5 }));
      await t.store.related.stories.setLinks(id, links);
      await storyAfterAdd(t.store, id, links, S, AT, noChanges());
    };

    it('merges two stories that a new article links, into the older one, and redirects the other', async () => {
      const [a, b, c, d, e, f, g] = await seven();
      await link(b!, [a!]);
      await link(c!, [b!]);
      await link(e!, [d!]);
      await link(f!, [e!]);
      const [first] = await storyIds(t.store, [a!]);
      const [second] = await storyIds(t.store, [d!]);
      expect(first).not.toEqual(second);
      await link(g!, [c!, d!]);
      expect(new Set(await storyIds(t.store, [a!, b!, c!, d!, e!, f!, g!]))).toEqual(new Set([first]));
      expect(await storyById(t.store, second!, NOW)).toEqual({ movedTo: { id: first, slug: expect.any(String) } });
    });

    it('splits a story when the article that held it together leaves', async () => {
      const [a, b, c, d, e, f, g] = await seven();
      await link(b!, [a!]);
      await link(c!, [b!]);
      await link(g!, [c!]);
      await link(d!, [g!]);
      await link(e!, [d!]);
      await link(f!, [e!]);
      const [story] = await storyIds(t.store, [a!]);
      expect(new Set(await storyIds(t.store, [a!, b!, c!, d!, e!, f!, g!]))).toEqual(new Set([story]));
      const changes = noChanges();
      await t.store.related.stories.setLinks(g!, []);
      await t.store.related.stories.unassign([g!]);
      await storyAfterRemove(t.store, story, S, AT, changes);
      const after = await storyIds(t.store, [a!, b!, c!, d!, e!, f!, g!]);
      expect(after[6]).toBeUndefined();
      expect(new Set(after.slice(0, 3)).size).toBe(1);
      expect(new Set(after.slice(3, 6)).size).toBe(1);
      expect(after[0]).not.toEqual(after[3]);
      expect([after[0], after[3]]).toContain(story);
      expect(changes.stories.size).toBe(2);
    });

    it('does not chain past the size cap', async () => {
      const [a, b, c, d, e, f, g] = await seven();
      const small = { ...S, storyMaxSize: 4 };
      const linkCapped = async (id: number, others: number[]) => {
        const links = others.map((otherId) => ({ otherId, affinity: 0.5 }));
        await t.store.related.stories.setLinks(id, links);
        await storyAfterAdd(t.store, id, links, small, AT, noChanges());
      };
      await linkCapped(b!, [a!]);
      await linkCapped(c!, [b!]);
      await linkCapped(e!, [d!]);
      await linkCapped(f!, [e!]);
      await linkCapped(g!, [c!, d!]);
      const ids = await storyIds(t.store, [a!, b!, c!, d!, e!, f!, g!]);
      expect(ids[0]).toBeDefined();
      expect(ids[3]).toBeDefined();
      expect(ids[0]).not.toEqual(ids[3]);
    });
  });
}

describe('story titles', () => {
  it('take the tag most members share, else the first headline', () => {
    const m = (headline: string, day: number, tags: string[]) => ({ headline, publishedAt: `2026-11-0${day}T00:00:00Z`, tags });
    expect(storyTitle([m('ب', 2, ['سيول', 'وادي الريحان']), m('أ', 1, ['وادي الريحان']), m('ج', 3, [])], new Map())).toBe('وادي الريحان');
    expect(storyTitle([m('ب', 2, ['x']), m('أ', 1, ['y'])], new Map())).toBe('أ');
  });
});
