import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/site/app.js';
import type { Store } from '../../src/store/index.js';
import { buildArticle } from '../support/factories.js';
import { buildTestApp, count } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';

describe('home, section and author pages', () => {
  let t: TestStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    t = await openTestSqlite();
    for (let i = 0; i < 15; i++) {
      await t.store.articles.create(
        buildArticle({
          headline: `خبر اقتصادي رقم ${i}`,
          section: 'اقتصاد',
          byline: { authors: ['منى الخطيب'], source: null, dateline: 'عمّان' },
          publishedAt: new Date(Date.UTC(2026, 10, 1 + i, 8)).toISOString(),
        }),
      );
    }
    await t.store.articles.create(buildArticle({ headline: 'خبر رياضي وحيد', section: 'رياضة', publishedAt: '2026-11-28T08:00:00Z' }));
    await t.store.articles.create(buildArticle({ headline: 'مسودة لا تظهر', section: 'رياضة', status: 'draft', publishedAt: null }));
    app = await buildTestApp(t.store, { pageSize: 6 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('home shows the lead story, the latest rail and a row per section', async () => {
    const res = await app.inject('/');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(count(html, /<h1[ >]/)).toBe(1);
    expect(html).toContain('<article class="card card--lead">');
    expect(html.indexOf('خبر رياضي وحيد')).toBeLessThan(html.indexOf('خبر اقتصادي رقم 14'));
    expect(html).toMatch(/<h2 class="section-row__title"[^>]*><a href="\/section\/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF">اقتصاد<\/a>/);
    expect(html).not.toContain('مسودة لا تظهر');
    expect(html).toContain('<nav class="sections-nav" aria-label="الأقسام">');
    expect(res.headers['last-modified']).toBeDefined();
  });

  it('section pages paginate, newest first', async () => {
    const first = await app.inject('/section/' + encodeURIComponent('اقتصاد'));
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('<h1>اقتصاد</h1>');
    expect(count(first.body, /<article class="card card--standard">/)).toBe(6);
    expect(first.body.indexOf('رقم 14')).toBeLessThan(first.body.indexOf('رقم 13'));
    expect(first.body).toContain('صفحة 1 من 3');
    expect(first.body).toContain('rel="next" href="/section/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF?page=2"');
    const last = await app.inject('/section/' + encodeURIComponent('اقتصاد') + '?page=3');
    expect(count(last.body, /<article class="card card--standard">/)).toBe(3);
    expect(last.body).toContain('rel="prev"');
    expect((await app.inject('/section/' + encodeURIComponent('اقتصاد') + '?page=4')).statusCode).toBe(404);
    expect((await app.inject('/section/' + encodeURIComponent('اقتصاد') + '?page=abc')).statusCode).toBe(400);
    expect((await app.inject('/section/no-such-section')).statusCode).toBe(404);
  });

  it('author pages list the author\'s articles', async () => {
    const res = await app.inject('/author/' + encodeURIComponent('منى-الخطيب'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>منى الخطيب</h1>');
    expect(res.body).toContain('صفحة 1 من 3');
    expect((await app.inject('/author/nobody')).statusCode).toBe(404);
  });

  it('serves fingerprinted assets and fonts with long cache lifetimes', async () => {
    const html = (await app.inject('/')).body;
    const css = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{12}\.css)"/.exec(html)![1]!;
    const js = /<script src="(\/assets\/text-size\.[0-9a-f]{12}\.js)" defer>/.exec(html)![1]!;
    const cssRes = await app.inject(css);
    expect(cssRes.statusCode).toBe(200);
    expect(cssRes.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(cssRes.body).toContain("font-family:'Noto Naskh Arabic'");
    expect(cssRes.body).toContain('prefers-color-scheme: dark');
    const font = /url\((\/assets\/fonts\/[^)]+\.woff2)\)/.exec(cssRes.body)![1]!;
    const fontRes = await app.inject(font);
    expect(fontRes.statusCode).toBe(200);
    expect(fontRes.headers['content-type']).toBe('font/woff2');
    expect(fontRes.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect((await app.inject(js)).statusCode).toBe(200);
    expect((await app.inject('/assets/site.000000000000.css')).statusCode).toBe(404);
    expect((await app.inject('/favicon.ico')).statusCode).toBe(200);
  });

  it('draws demo illustrations and refuses odd names', async () => {
    const res = await app.inject('/media/demo/demo-001.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.body).toBe((await app.inject('/media/demo/demo-001.svg')).body);
    expect((await app.inject('/media/demo/..%2Fetc.svg')).statusCode).toBe(400);
  });

  it('unknown paths get the Arabic 404 page', async () => {
    const res = await app.inject('/no/such/page');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<h1>الصفحة غير موجودة</h1>');
  });
});

describe('server errors', () => {
  it('show the Arabic 500 page and leak nothing', async () => {
    const t = await openTestSqlite();
    // A real store whose article listing breaks, as a lost database connection would.
    const articles = Object.create(t.store.articles, {
      list: { value: async () => { throw new Error('secret database detail'); } },
    });
    const broken = Object.create(t.store, { articles: { value: articles } }) as Store;
    const app = await buildApp({ store: broken });
    const res = await app.inject('/');
    await app.close();
    await t.dispose();
    expect(res.statusCode).toBe(500);
    expect(res.body).toContain('حدث خطأ غير متوقع');
    expect(res.body).not.toContain('secret database detail');
  });
});
