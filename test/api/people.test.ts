import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/index.js';
import { openAnnotated } from '../enrich/store-support.js';
import { PORT_VISIT, storyArticle, WATER_TALKS } from '../enrich/stories.js';
import { buildTestApp } from '../support/site.js';
import { STORES, type TestStore } from '../support/stores.js';

type Json = Record<string, any>;
const SITE = 'https://news.example.org';

for (const { name, open } of STORES) {
  describe(`the people and quotes API on ${name}`, () => {
    let t: TestStore;
    let app: FastifyInstance;
    let water: Article;
    let draft: Article;
    let mansour = 0;

    beforeAll(async () => {
      t = await openAnnotated(open);
      water = await t.store.articles.create(storyArticle(WATER_TALKS, { publishedAt: '2026-11-20T09:00:00Z' }));
      await t.store.articles.create(storyArticle(PORT_VISIT, { publishedAt: '2026-11-22T09:00:00Z' }));
      draft = await t.store.articles.create(storyArticle(['وقال مدير الشركة سامر يوسف إن «الخطة جاهزة تماما للتنفيذ الآن».'], { status: 'draft', publishedAt: null }));
      mansour = (await t.store.annotations.ofArticle(water.id)).entities.find((e) => e.name === 'كريم منصور')!.id;
      app = await buildTestApp(t.store, { siteUrl: SITE });
    });
    afterAll(async () => {
      await app.close();
      await t.dispose();
    });

    const get = async (url: string) => {
      const res = await app.inject(url);
      return { res, body: res.json() as Json };
    };

    it('lists people of published articles, most mentioned first, with cursor pages', async () => {
      const { res, body } = await get('/api/v1/people?limit=1');
      expect(res.statusCode).toBe(200);
      expect(body.items).toEqual([{ id: mansour, slug: 'كريم-منصور', name: 'كريم منصور', role: 'وزير الخارجية المصري', url: expect.stringMatching(new RegExp(`^${SITE}/person/${mansour}-`)), articles: 2 }]);
      const next = await get(`/api/v1/people?limit=1&cursor=${body.nextCursor}`);
      expect(next.body.items.map((p: Json) => p.name)).toEqual(['ليلى حداد']);
      expect(next.body.nextCursor).toBeNull();
      expect(JSON.stringify((await get('/api/v1/people?q=سامر')).body.items)).toBe('[]');
      expect((await get('/api/v1/people?cursor=nonsense')).res.statusCode).toBe(400);
    });

    it('answers one person with roles and the latest quotations, by id or id-slug', async () => {
      for (const ref of [String(mansour), `${mansour}-كريم-منصور`]) {
        const { res, body } = await get(`/api/v1/people/${encodeURIComponent(ref)}`);
        expect(res.statusCode).toBe(200);
        expect(body).toMatchObject({ id: mansour, name: 'كريم منصور', articles: 2, roles: [{ role: 'وزير الخارجية المصري', articles: 2 }] });
        expect(body.quotes.total).toBe(3);
        expect(body.quotes.latest[0]).toMatchObject({
          quote: { text: 'الميناء سيصبح بوابة التجارة الأولى في المنطقة خلال عامين', speaker: { id: mansour } },
          article: { headline: expect.any(String), publishedAt: '2026-11-22T09:00:00.000Z' },
        });
      }
    });

    it('404s for unknown people, places and people only drafts name', async () => {
      const draftPerson = (await t.store.annotations.ofArticle(draft.id)).entities.find((e) => e.kind === 'person')!;
      const place = (await t.store.annotations.ofArticle(water.id)).entities.find((e) => e.kind === 'place')!;
      for (const ref of ['999999', 'nobody', String(draftPerson.id), String(place.id)]) {
        const { res, body } = await get(`/api/v1/people/${ref}`);
        expect(res.statusCode, ref).toBe(404);
        expect(body.error.code).toBe('ERR_ENTITY_NOT_FOUND');
      }
    });

    it("gives an article's quotations with speakers and offsets", async () => {
      const { res, body } = await get(`/api/v1/articles/${water.id}/quotes`);
      expect(res.statusCode).toBe(200);
      expect(body.items).toHaveLength(3);
      expect(body.items[0]).toEqual({
        text: 'سنعمل مع الأمم المتحدة على حل الأزمة قريبا جدا',
        block: 0,
        start: 50,
        end: 96,
        speaker: { id: mansour, name: 'كريم منصور', slug: 'كريم-منصور', url: expect.stringContaining(`/person/${mansour}-`) },
        speakerText: null,
        continues: [],
      });
      expect(WATER_TALKS[0]!.slice(50, 96)).toBe(body.items[0].text);
      expect((await get(`/api/v1/articles/${draft.id}/quotes`)).res.statusCode).toBe(404);
    });

    it('documents the routes in the OpenAPI document', async () => {
      const doc = (await get('/api/v1/openapi.json')).body;
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/people', '/api/v1/people/{ref}', '/api/v1/articles/{ref}/quotes']));
      expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Person', 'PersonSummary', 'PersonPage', 'Quote', 'ArticleQuotes']));
    });
  });
}
