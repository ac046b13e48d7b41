import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/index.js';
import type { ArticleEntity } from '../../src/store/annotations/index.js';
import { articlePath } from '../../src/site/urls.js';
import { entityPath } from '../../src/site/views/entity-urls.js';
import { openAnnotated } from '../enrich/store-support.js';
import { PORT_VISIT, storyArticle, WATER_TALKS } from '../enrich/stories.js';
import { buildTestApp } from '../support/site.js';
import { STORES, type TestStore } from '../support/stores.js';

/** The JSON-LD blocks of a page. */
function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

const escaped = (path: string) => path.replace(/&/g, '&amp;');

for (const { name, open } of STORES) {
  describe(`entity pages and the article's annotations on ${name}`, () => {
    let t: TestStore;
    let app: FastifyInstance;
    let water: Article;
    let port: Article;
    let mansour: ArticleEntity;
    let cairo: ArticleEntity;
    let who: ArticleEntity;
    let draftOnly: ArticleEntity;

    beforeAll(async () => {
      t = await openAnnotated(open);
      water = await t.store.articles.create(storyArticle(WATER_TALKS, { headline: 'مشاورات المياه في القاهرة', publishedAt: '2026-11-20T09:00:00Z' }));
      port = await t.store.articles.create(storyArticle(PORT_VISIT, { headline: 'زيارة إلى ميناء الإسكندرية', publishedAt: '2026-11-22T09:00:00Z' }));
      const draft = await t.store.articles.create(
        storyArticle(['وقال مدير الشركة سامر يوسف إن «الخطة جاهزة تماما للتنفيذ الآن».'], { status: 'draft', publishedAt: null }),
      );
      const inWater = (await t.store.annotations.ofArticle(water.id)).entities;
      mansour = inWater.find((e) => e.name === 'كريم منصور')!;
      cairo = inWater.find((e) => e.name === 'القاهرة')!;
      who = inWater.find((e) => e.name === 'منظمة الصحة العالمية')!;
      draftOnly = (await t.store.annotations.ofArticle(draft.id)).entities.find((e) => e.kind === 'person')!;
      app = await buildTestApp(t.store, { pageSize: 1 });
    });
    afterAll(async () => {
      await app.close();
      await t.dispose();
    });

    it('the article page lists its people, places and organisations, linked to their pages', async () => {
      const html = (await app.inject(articlePath(water))).body;
      expect(html).toContain('في هذا المقال');
      expect(html).toContain(`<a href="${escaped(entityPath(mansour))}">كريم منصور</a>`);
      expect(html).toContain('، وزير الخارجية المصري');
      expect(html).toContain(`<a href="${escaped(entityPath(cairo))}">القاهرة</a>`);
      expect(entityPath(cairo)).toMatch(/^\/place\//);
      expect(entityPath(who)).toMatch(/^\/organization\//);
      expect(html).toContain(`<a href="${escaped(entityPath(who))}">منظمة الصحة العالمية</a>`);
    });

    it('the quotes block says who said what, each speaker linked', async () => {
      const html = (await app.inject(articlePath(water))).body;
      const block = html.slice(html.indexOf('class="quotes-block"'));
      expect(block).toContain('من قال ماذا');
      expect(block).toContain(`<a href="${escaped(entityPath(mansour))}">كريم منصور</a>`);
      expect(block).toContain('<q>سنعمل مع الأمم المتحدة على حل الأزمة قريبا جدا</q>');
      expect(block).toContain('<q>الوقت لا ينتظر أحدا</q>');
      expect(block).toContain('ليلى حداد');
    });

    it("the article's structured data mentions its entities", async () => {
      const html = (await app.inject(articlePath(water))).body;
      const article = jsonLd(html).find((n) => n['@type'] === 'NewsArticle')!;
      expect(article.mentions).toEqual(
        expect.arrayContaining([
          { '@type': 'Person', name: 'كريم منصور', jobTitle: 'وزير الخارجية المصري', url: expect.stringContaining(`/person/${mansour.id}-`) },
          { '@type': 'Place', name: 'القاهرة', url: expect.stringContaining(`/place/${cairo.id}-`) },
          { '@type': 'Organization', name: 'منظمة الصحة العالمية', url: expect.any(String) },
        ]),
      );
    });

    it("a person's page shows their role, quotations with dates and the articles that mention them, paginated", async () => {
      const res = await app.inject(entityPath(mansour));
      expect(res.statusCode).toBe(200);
      const html = res.body;
      expect(html).toContain('<h1>كريم منصور</h1>');
      expect(html).toContain('<li>وزير الخارجية المصري</li>');
      expect(html).toContain('<q>الميناء سيصبح بوابة التجارة الأولى في المنطقة خلال عامين</q>');
      expect(html).toContain('<time datetime="2026-11-22T09:00:00.000Z">');
      expect(html).toContain('<time datetime="2026-11-20T09:00:00.000Z">');
      expect(html).not.toContain('كل التصريحات'); // three quotations: all on the first page
      // One card a page (pageSize 1): the newest first, the older on page 2.
      expect(html).toContain(escaped(articlePath(port)));
      expect(html).toContain('صفحة 1 من 2');
      const second = await app.inject(entityPath(mansour, 2));
      expect(second.statusCode).toBe(200);
      expect(second.body).toContain(escaped(articlePath(water)));
      const ld = jsonLd(html).find((n) => n['@type'] === 'ProfilePage')!;
      expect(ld.mainEntity).toMatchObject({ '@type': 'Person', name: 'كريم منصور', jobTitle: 'وزير الخارجية المصري' });
    });

    it('lists every quotation on the quotes page', async () => {
      const res = await app.inject(`${entityPath(mansour)}/quotes?page=2`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<q>سنعمل مع الأمم المتحدة على حل الأزمة قريبا جدا</q>');
    });

    it('place and organisation pages list their articles', async () => {
      const place = await app.inject(entityPath(cairo));
      expect(place.statusCode).toBe(200);
      expect(place.body).toContain('<h1>القاهرة</h1>');
      expect(place.body).toContain(escaped(articlePath(water)));
      expect((await app.inject(entityPath(who))).statusCode).toBe(200);
    });

    it('redirects other spellings of the address, and hides entities only drafts name', async () => {
      const bare = await app.inject(`/person/${mansour.id}`);
      expect(bare.statusCode).toBe(301);
      expect(bare.headers.location).toBe(entityPath(mansour));
      const wrongKind = await app.inject(`/place/${mansour.id}-x`);
      expect(wrongKind.headers.location).toBe(entityPath(mansour));
      expect((await app.inject(entityPath(draftOnly))).statusCode).toBe(404);
      expect((await app.inject('/person/999999-nobody')).statusCode).toBe(404);
    });

    it("serves a person's feed", async () => {
      const res = await app.inject(`${entityPath(mansour)}/feed.xml`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
      expect(res.body).toContain('زيارة إلى ميناء الإسكندرية');
      expect((await app.inject(`${entityPath(mansour)}/atom.xml`)).statusCode).toBe(200);
    });
  });
}
