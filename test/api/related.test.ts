import type { FastifyInstance } from 'fastify';
import { parseArticleInput } from '../../src/article/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithEngine, publish } from '../related/engine.js';
import { FINAL, FLOOD, LIBRARY, newsInput } from '../related/texts.js';
import { buildTestApp } from '../support/site.js';
import { STORES, type TestStore } from '../support/stores.js';

type Json = Record<string, any>;

for (const { name, open } of STORES) {
  describe(`GET /api/v1/articles/{ref}/related on ${name}`, () => {
    let t: TestStore;
    let app: FastifyInstance;
    const flood: number[] = [];
    let library = 0;
    let draft = 0;

    beforeAll(async () => {
      t = await openWithEngine(open);
      for (const [i, a] of FLOOD.entries()) flood.push(await publish(t.store, newsInput(a, i)));
      for (const [i, a] of FINAL.entries()) await publish(t.store, newsInput(a, 10 + i, { section: 'رياضة' }));
      library = await publish(t.store, newsInput(LIBRARY[0]!, 20, { section: 'ثقافة' }));
      draft = await publish(t.store, newsInput(LIBRARY[1]!, 21, { section: 'ثقافة', status: 'draft', publishedAt: null }));
      app = await buildTestApp(t.store);
    });
    afterAll(async () => {
      await app.close();
      await t.dispose();
    });

    it('answers the stored list: the same event first, with scores', async () => {
      const res = await app.inject(`/api/v1/articles/${flood[3]}/related?limit=3`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as Json;
      expect(body.items).toHaveLength(3);
      expect(body.items.map((x: Json) => x.article.id).sort()).toEqual(flood.slice(0, 3).sort());
      for (const x of body.items) {
        expect(x.pinned).toBe(false);
        expect(typeof x.score).toBe('number');
      }
    });

    it('puts editor pins first and never lists drafts', async () => {
      const input = newsInput(FLOOD[0]!, 0, { pins: [String(library), String(draft)] });
      await t.store.articles.update(flood[0]!, parseArticleInput(input));
      const body = (await app.inject(`/api/v1/articles/${flood[0]}/related`)).json() as Json;
      expect(body.items[0]).toMatchObject({ article: { id: library }, pinned: true, score: null });
      expect(body.items.map((x: Json) => x.article.id)).not.toContain(draft);
    });

    it('answers 404 for a draft or an unknown article, and 400 for a bad limit', async () => {
      expect((await app.inject(`/api/v1/articles/${draft}/related`)).statusCode).toBe(404);
      expect((await app.inject('/api/v1/articles/999999/related')).statusCode).toBe(404);
      const bad = await app.inject(`/api/v1/articles/${flood[0]}/related?limit=99`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('limit');
    });
  });
}
