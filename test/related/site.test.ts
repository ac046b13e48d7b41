import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleInput } from '../../src/article/index.js';
import { cacheTagsOf } from '../../src/site/cache/tags.js';
import { STORES, type TestStore } from '../support/stores.js';
import { buildTestApp, count } from '../support/site.js';
import { openWithEngine, publish, storyIds } from './engine.js';
import { FINAL, FLOOD, LIBRARY, newsInput } from './texts.js';

/** The site over a store with the engine, and the cache tags each response was marked with. */
async function site(t: TestStore): Promise<{ app: FastifyInstance; tags: Map<string, ReadonlySet<string> | undefined> }> {
  const app = await buildTestApp(t.store);
  const tags = new Map<string, ReadonlySet<string> | undefined>();
  app.addHook('onSend', async (request, reply) => void tags.set(request.url, cacheTagsOf(reply)));
  return { app, tags };
}

for (const { name, open } of STORES) {
  describe(`stories and related lists on the site (${name})`, () => {
    let t: TestStore;
    let app: FastifyInstance | undefined;
    afterEach(async () => {
      await app?.close();
      await t?.dispose();
    });

    /** Three flood articles (a story), a sports article and a library article, all in one section. */
    async function seed(): Promise<{ flood: number[]; sport: number; lib: number }> {
      t = await openWithEngine(open);
      const flood = [];
      for (const [i, x] of FLOOD.slice(0, 3).entries()) flood.push(await publish(t.store, newsInput(x, i)));
      const sport = await publish(t.store, newsInput(FINAL[0]!, 3));
      const lib = await publish(t.store, newsInput(LIBRARY[0]!, 4));
      return { flood, sport, lib };
    }
    const pathOf = async (id: number) => `/article/${id}-${encodeURIComponent((await t.store.articles.get(id))!.slug)}`;

    it('shows "the story so far" on a story’s article, with its place marked', async () => {
      const { flood } = await seed();
      const s = await site(t);
      app = s.app;
      const res = await app.inject(await pathOf(flood[1]!));
      expect(res.statusCode).toBe(200);
      const html = res.body;
      expect(html).toContain('القصة حتى الآن');
      const block = html.slice(html.indexOf('class="story-so-far"'));
      expect(count(block.slice(0, block.indexOf('</aside>')), /class="story-timeline__item/g)).toBe(3);
      expect(block).toMatch(/aria-current="page"[^]*?سيول|aria-current="page"/);
      expect(block.indexOf(FLOOD[0]!.headline)).toBeLessThan(block.indexOf(FLOOD[2]!.headline));
      const [storyId] = await storyIds(t.store, [flood[0]!]);
      expect(block).toContain(`href="/story/${storyId}-`);
      const tags = s.tags.get(await pathOf(flood[1]!))!;
      expect([...tags]).toEqual(expect.arrayContaining([`story:${storyId}`, `article:${flood[0]}`, `article:${flood[2]}`]));
    });

    it('shows no story block on an article outside any story', async () => {
      const { sport } = await seed();
      app = (await site(t)).app;
      const res = await app.inject(await pathOf(sport));
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('القصة حتى الآن');
    });

    it('fills the related module from the stored list, not the section’s latest', async () => {
      const { flood, lib } = await seed();
      app = (await site(t)).app;
      const html = (await app.inject(await pathOf(flood[0]!))).body;
      const module = html.slice(html.indexOf('id="related-title"'));
      expect(module).toContain(FLOOD[1]!.headline);
      expect(module).toContain(FLOOD[2]!.headline);
      // The library article is the newest in the section: the old placeholder would have shown it first.
      expect(module).not.toContain(LIBRARY[0]!.headline);
      expect(lib).toBeGreaterThan(0);
    });

    it('serves each story its own page: timeline oldest first, canonical slug, RTL, cache tags', async () => {
      const { flood } = await seed();
      const s = await site(t);
      app = s.app;
      const [storyId] = await storyIds(t.store, [flood[0]!]);
      const bare = await app.inject(`/story/${storyId}`);
      expect(bare.statusCode).toBe(301);
      const path = bare.headers.location as string;
      expect(path).toMatch(new RegExp(`^/story/${storyId}-.+`));
      const res = await app.inject(path);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<html lang="ar" dir="rtl">');
      expect(res.body).toContain('قصة متواصلة');
      const at = FLOOD.slice(0, 3).map((x) => res.body.indexOf(x.headline));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(res.body).toContain(`${path}/feed.xml`);
      expect([...s.tags.get(path)!]).toEqual(expect.arrayContaining([`story:${storyId}`, ...flood.map((id) => `article:${id}`)]));
    });

    it('answers 404 for an unknown story and 301 from a merged story to the one it joined', async () => {
      const { flood } = await seed();
      app = (await site(t)).app;
      expect((await app.inject('/story/999-x')).statusCode).toBe(404);
      expect((await app.inject('/story/not-a-story')).statusCode).toBe(404);
      const [storyId] = await storyIds(t.store, [flood[0]!]);
      const old = await t.store.related.stories.create({ slug: 'old', title: 'قديمة', at: '2026-11-01T00:00:00Z' });
      await t.store.related.stories.retire(old, storyId!, '2026-11-02T00:00:00Z');
      const res = await app.inject(`/story/${old}-old`);
      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toMatch(new RegExp(`^/story/${storyId}-`));
    });

    it('stops showing a story that fell apart', async () => {
      const { flood } = await seed();
      app = (await site(t)).app;
      const [storyId] = await storyIds(t.store, [flood[0]!]);
      await t.store.articles.update(flood[1]!, parseArticleInput(newsInput(FLOOD[1]!, 1, { status: 'draft', publishedAt: null })));
      expect((await app.inject(`/story/${storyId}-x`)).statusCode).toBe(404);
      expect((await app.inject(await pathOf(flood[0]!))).body).not.toContain('القصة حتى الآن');
    });

    it('has an RSS and an Atom feed per story, newest first', async () => {
      const { flood } = await seed();
      app = (await site(t)).app;
      const [storyId] = await storyIds(t.store, [flood[0]!]);
      const page = (await app.inject(`/story/${storyId}`)).headers.location as string;
      const rss = await app.inject(`${page}/feed.xml`);
      expect(rss.statusCode).toBe(200);
      expect(rss.headers['content-type']).toMatch(/^application\/rss\+xml/);
      expect(count(rss.body, /<item>/g)).toBe(3);
      const items = rss.body.slice(rss.body.indexOf('<item>'));
      expect(items.indexOf(FLOOD[2]!.headline)).toBeLessThan(items.indexOf(FLOOD[0]!.headline));
      const atom = await app.inject(`${page}/atom.xml`);
      expect(atom.statusCode).toBe(200);
      expect(count(atom.body, /<entry>/g)).toBe(3);
      expect((await app.inject(`/story/${storyId}-wrong/feed.xml`)).headers.location).toBe(`${page}/feed.xml`);
    });
  });
}
