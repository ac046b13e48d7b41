import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/index.js';
import { articlePath } from '../../src/site/urls.js';
import { buildArticle } from '../support/factories.js';
import { buildTestApp, count } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';

describe('the article page', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let main: Article;
  let pinned: Article;
  let draft: Article;
  let future: Article;

  beforeAll(async () => {
    t = await openTestSqlite();
    pinned = await t.store.articles.create(
      buildArticle({ headline: 'تقرير عن السدود الصغيرة', section: 'بيئة', kicker: 'تحليل إخباري', hasVideo: true, publishedAt: '2026-11-10T08:00:00Z' }),
    );
    for (let i = 0; i < 4; i++) {
      await t.store.articles.create(buildArticle({ headline: `خبر ثقافي رقم ${i}`, publishedAt: `2026-11-1${i}T08:00:00Z` }));
    }
    main = await t.store.articles.create(
      buildArticle({
        headline: 'مهرجان الخط العربي يفتح أبوابه <للجميع>',
        deck: 'دورة جديدة تستضيف خطاطين من عشر مدن',
        kicker: 'تقرير',
        byline: { authors: ['سلمى الحداد', 'رامي ناصر'], source: null, dateline: 'تونس' },
        leadImage: { src: '/media/demo/x.svg', alt: 'لوحة خط', caption: 'لوحة بخط الثلث في المعرض', credit: 'أ.ف.ب' },
        hasVideo: true,
        body: [
          { type: 'paragraph', text: 'افتُتح المهرجان مساء الخميس بحضور جمهور كبير.' },
          { type: 'subheading', text: 'أقلام من القصب' },
          { type: 'image', src: '/media/demo/y.svg', alt: '', caption: 'خطاط يعمل على لوحة', credit: 'رويترز' },
          { type: 'quote', text: 'الخط ذاكرة المدينة', cite: 'منظمة المهرجان' },
          { type: 'video', src: null, poster: null, caption: 'جولة مصورة في المعرض', credit: null },
          { type: 'paragraph', text: 'ويستمر المهرجان أسبوعاً.' },
        ],
        pins: [pinned.slug],
        publishedAt: '2026-11-20T09:00:00Z',
        updatedAt: '2026-11-21T10:30:00Z',
      }),
    );
    draft = await t.store.articles.create(buildArticle({ status: 'draft', publishedAt: null }));
    future = await t.store.articles.create(buildArticle({ publishedAt: '2026-12-30T09:00:00Z' }));
    app = await buildTestApp(t.store);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('offers a newsroom upload as a <picture>: AVIF, WebP, then JPEG, each at every width', async () => {
    const hash = 'ab'.repeat(16);
    const uploaded = await t.store.articles.create(
      buildArticle({ leadImage: { src: `/media/u/${hash}-960.jpg`, alt: 'ساحة', caption: 'الساحة القديمة', credit: 'رويترز', width: 960, height: 540 }, section: 'رياضة', publishedAt: '2025-01-19T09:00:00Z' }),
    );
    const html = (await app.inject(articlePath(uploaded))).body;
    const picture = /<picture>(.*?)<\/picture>/s.exec(html)?.[1] ?? '';
    expect(picture).toContain(`<source type="image/avif" srcset="/media/u/${hash}-320.avif 320w, /media/u/${hash}-640.avif 640w, /media/u/${hash}-960.avif 960w"`);
    expect(picture).toContain('<source type="image/webp"');
    expect(picture).toMatch(new RegExp(`<img[^>]* src="/media/u/${hash}-960.jpg" srcset="/media/u/${hash}-320.jpg 320w, [^"]*960w"`));
    expect(picture).toContain('sizes="(min-width: 50rem) 46rem, 100vw"');
    // An image from elsewhere stays a plain <img>.
    expect((await app.inject(articlePath(main))).body).not.toContain('<picture>');
  });

  it('renders every part of the reference page', async () => {
    const res = await app.inject(articlePath(main));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(count(html, /<h1[ >]/)).toBe(1);
    expect(html).toContain('<h1 class="article__headline">مهرجان الخط العربي يفتح أبوابه &lt;للجميع&gt;</h1>');
    expect(html).toContain('<p class="article__deck">دورة جديدة تستضيف خطاطين من عشر مدن</p>');
    expect(html).toContain('<p class="article__kicker">تقرير</p>');
    // Lead figure: caption and the credit styled apart.
    expect(html).toMatch(/<figure class="figure figure--lead"><img[^>]+src="\/media\/demo\/x.svg"[^>]+alt="لوحة خط"/);
    expect(html).toContain('<span class="figure__caption">لوحة بخط الثلث في المعرض</span><span class="credit"><span class="visually-hidden">مصدر الصورة: </span>أ.ف.ب</span>');
    // Byline: both authors linked, dateline in parentheses.
    expect(html).toMatch(/<a class="byline__author" href="\/author\/[^"]+" rel="author">سلمى الحداد<\/a> و<a class="byline__author"[^>]+>رامي ناصر<\/a><span class="byline__dateline"> \(تونس\)<\/span>/);
    // Published and updated times, machine readable, Arabic month names.
    expect(html).toContain('<time datetime="2026-11-20T09:00:00.000Z">20 نوفمبر 2026 في 09:00</time>');
    expect(html).toContain('<time datetime="2026-11-21T10:30:00.000Z">');
    // Body: subheading, in-body photo with credit, pull quote, video marker.
    expect(html).toContain('<h2 class="article__subheading">أقلام من القصب</h2>');
    expect(html).toContain('<span class="figure__caption">خطاط يعمل على لوحة</span>');
    expect(html).toContain('<blockquote class="pull-quote"><p>الخط ذاكرة المدينة</p><footer>— منظمة المهرجان</footer></blockquote>');
    expect(html).toContain('<div class="video-marker" role="img" aria-label="فيديو">');
    // Text-size control and skip link.
    expect(html).toContain('role="group" aria-label="حجم النص"');
    expect(html).toContain('<a class="skip-link" href="#content">');
    expect(html).toContain('<main id="content" tabindex="-1">');
  });

  it('shows the related module: the pin first, then the latest in the section', async () => {
    const html = (await app.inject(articlePath(main))).body;
    const related = html.slice(html.indexOf('<aside class="related"'));
    expect(related).toContain('<h2 id="related-title" class="related__title">مقالات ذات صلة</h2>');
    const cards = related.split('<article class="card').slice(1);
    expect(cards).toHaveLength(4);
    expect(cards[0]).toContain('تقرير عن السدود الصغيرة');
    expect(cards[0]).toContain('<p class="card__label">تحليل إخباري</p>');
    expect(cards[0]).toContain('class="video-badge"');
    expect(cards[0]).toContain('<p class="card__teaser">');
    expect(cards[0]).toMatch(/<p class="card__byline"><span class="byline__author">ليلى سمعان<\/span><span class="byline__dateline"> \(بيروت\)<\/span><\/p>/);
    expect(cards[1]).toContain('خبر ثقافي رقم 3');
    expect(related).not.toContain('مهرجان الخط العربي'); // never itself
  });

  it('redirects a bare id, a wrong slug and an old slug to the canonical URL with 301', async () => {
    const canonical = articlePath(main);
    for (const url of [`/article/${main.id}`, `/article/${main.id}-عنوان-قديم`, `/article/${encodeURIComponent(main.slug)}`]) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(301);
      expect(res.headers.location, url).toBe(canonical);
    }
    const renamed = await t.store.articles.update(pinned.id, buildArticle({ headline: 'عنوان جديد للتقرير', section: 'بيئة' }), { regenerateSlug: true });
    const old = await app.inject(`/article/${encodeURIComponent(pinned.slug)}`);
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe(articlePath(renamed));
    expect(decodeURIComponent(old.headers.location as string)).toBe(`/article/${pinned.id}-عنوان-جديد-للتقرير`);
  });

  it('answers 404 in Arabic for unknown, draft and future articles', async () => {
    for (const url of ['/article/99999-لا-شيء', articlePath(draft), articlePath(future), '/article/no-such-slug']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('الصفحة غير موجودة');
      expect(res.body).toContain('lang="ar" dir="rtl"');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('sends validators and answers conditional requests with 304', async () => {
    const res = await app.inject(articlePath(main));
    expect(res.headers['last-modified']).toBe('Sat, 21 Nov 2026 10:30:00 GMT');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const byEtag = await app.inject({ url: articlePath(main), headers: { 'if-none-match': etag } });
    expect(byEtag.statusCode).toBe(304);
    expect(byEtag.body).toBe('');
    const byDate = await app.inject({ url: articlePath(main), headers: { 'if-modified-since': 'Sat, 21 Nov 2026 10:30:00 GMT' } });
    expect(byDate.statusCode).toBe(304);
    const stale = await app.inject({ url: articlePath(main), headers: { 'if-modified-since': 'Fri, 20 Nov 2026 10:30:00 GMT' } });
    expect(stale.statusCode).toBe(200);
  });

  it('compresses with brotli or gzip and sends security headers', async () => {
    const br = await app.inject({ url: articlePath(main), headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    const gz = await app.inject({ url: articlePath(main), headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const csp = br.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect(br.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(br.headers['cache-control']).toContain('s-maxage');
  });

  it('can show the Hijri date and Arabic-Indic digits', async () => {
    const other = await buildTestApp(t.store, { hijri: true, digits: 'arab' });
    const html = (await other.inject(articlePath(main))).body;
    await other.close();
    expect(html).toContain('<time datetime="2026-11-20T09:00:00.000Z">٢٠ نوفمبر ٢٠٢٦ في ٠٩:٠٠<span class="hijri"> (');
    expect(html).toContain("(١٠ جمادى الآخرة ١٤٤٨ هـ)");
  });
});
