import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/index.js';
import { storeArchive } from '../../src/site/sitemaps/archive.js';
import { NEWS_NS, SITEMAP_NS } from '../../src/site/sitemaps/documents.js';
import { parsePartFile, partFile, planArticleSitemaps } from '../../src/site/sitemaps/plan.js';
import { articlePath } from '../../src/site/urls.js';
import { buildArticle } from '../support/factories.js';
import { buildTestApp, TEST_NOW } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';

const SITE = 'https://midad.example';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

type Node = Record<string, any>;

/** Parses a sitemap after checking it is well-formed. */
function parseXml(xml: string): Node {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

/** The W3C date-time format sitemaps use for lastmod. */
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('sitemaps and robots.txt', () => {
  let t: TestStore;
  let app: FastifyInstance;
  const published: Article[] = [];
  let recent: Article;
  let twoDaysAgo: Article;

  beforeAll(async () => {
    t = await openTestSqlite();
    for (const [i, at] of ['2026-09-03T10:00:00Z', '2026-10-01T00:00:00Z', '2026-10-31T23:59:59Z', '2026-11-02T07:00:00Z'].entries()) {
      published.push(await t.store.articles.create(buildArticle({ headline: `خبر أرشيفي رقم ${i}`, publishedAt: at })));
    }
    recent = await t.store.articles.create(
      buildArticle({ headline: 'قمة "المياه" تبدأ اليوم & تستمر <ثلاثة> أيام', section: 'سياسة', publishedAt: '2026-11-29T06:00:00Z' }),
    );
    // 49 hours before TEST_NOW: out of the news window, still in the monthly sitemap.
    twoDaysAgo = await t.store.articles.create(buildArticle({ headline: 'خبر قبل يومين', publishedAt: '2026-11-27T11:00:00Z' }));
    published.push(recent, twoDaysAgo);
    await t.store.articles.create(buildArticle({ headline: 'مسودة', status: 'draft', publishedAt: null }));
    await t.store.articles.create(buildArticle({ headline: 'مجدول', publishedAt: '2026-12-02T08:00:00Z' }));
    app = await buildTestApp(t.store, { siteUrl: SITE });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('the index names the pages sitemap and one sitemap per month, and every named file answers', async () => {
    const res = await app.inject('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.headers['cache-control']).toContain('s-maxage');
    const index = parseXml(res.body).sitemapindex;
    expect(index['@xmlns']).toBe(SITEMAP_NS);
    const locs = (index.sitemap as Node[]).map((s) => s.loc as string);
    expect(locs).toEqual([
      `${SITE}/sitemaps/pages.xml`,
      `${SITE}/sitemaps/articles-2026-11.xml`,
      `${SITE}/sitemaps/articles-2026-10.xml`,
      `${SITE}/sitemaps/articles-2026-09.xml`,
    ]);
    const months = (index.sitemap as Node[]).slice(1);
    for (const m of months) expect(m.lastmod).toMatch(W3C_DATETIME);
    expect(months[0]!.lastmod).toBe('2026-11-29T06:00:00.000Z');

    // Every published article is listed exactly once, in its month, with its last change.
    const listed: string[] = [];
    for (const loc of locs.slice(1)) {
      const file = await app.inject(loc.slice(SITE.length));
      expect(file.statusCode, loc).toBe(200);
      const urls = parseXml(file.body).urlset.url as Node[];
      for (const u of urls) expect(u.lastmod).toMatch(W3C_DATETIME);
      listed.push(...urls.map((u) => u.loc as string));
    }
    expect(listed.sort()).toEqual(published.map((a) => SITE + articlePath(a)).sort());
    const october = parseXml((await app.inject('/sitemaps/articles-2026-10.xml')).body).urlset.url as Node[];
    expect(october.map((u) => u.loc)).toEqual([SITE + articlePath(published[2]!), SITE + articlePath(published[1]!)]);
  });

  it('the pages sitemap lists home, sections and authors', async () => {
    const urls = (parseXml((await app.inject('/sitemaps/pages.xml')).body).urlset.url as Node[]).map((u) => u.loc);
    expect(urls).toContain(`${SITE}/`);
    expect(urls).toContain(`${SITE}/section/${encodeURIComponent('سياسة')}`);
    expect(urls).toContain(`${SITE}/author/${encodeURIComponent(recent.authors[0]!.slug)}`);
    for (const u of urls) expect((await app.inject(u.slice(SITE.length))).statusCode, u).toBe(200);
  });

  it('unknown sitemap files answer 404, and part 1 has one name only', async () => {
    for (const path of ['/sitemaps/articles-2026-13.xml', '/sitemaps/articles-2026-11-1.xml', '/sitemaps/articles-2026-11-2.xml', '/sitemaps/other.xml']) {
      expect((await app.inject(path)).statusCode, path).toBe(404);
    }
    // A month without articles is an empty but valid urlset.
    const empty = parseXml((await app.inject('/sitemaps/articles-2020-01.xml')).body);
    expect(empty.urlset.url).toBeUndefined();
  });

  it('the Google News sitemap holds the last 48 hours only, with publication, date and title', async () => {
    const res = await app.inject('/sitemap-news.xml');
    expect(res.statusCode).toBe(200);
    const urlset = parseXml(res.body).urlset;
    expect(urlset['@xmlns']).toBe(SITEMAP_NS);
    expect(urlset['@xmlns:news']).toBe(NEWS_NS);
    const urls = urlset.url as Node[];
    expect(urls.map((u) => u.loc)).toEqual([SITE + articlePath(recent)]);
    const news = urls[0]!['news:news'];
    expect(news['news:publication']['news:name']).toBe('مِداد');
    expect(news['news:publication']['news:language']).toBe('ar');
    expect(news['news:publication_date']).toBe('2026-11-29T06:00:00.000Z');
    expect(news['news:title']).toBe(recent.headline);
    expect(res.body).not.toContain(twoDaysAgo.headline);
  });

  it('robots.txt points to both sitemaps with absolute URLs', async () => {
    const res = await app.inject('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain('User-agent: *');
    expect(res.body).toContain(`Sitemap: ${SITE}/sitemap.xml\n`);
    expect(res.body).toContain(`Sitemap: ${SITE}/sitemap-news.xml\n`);
  });
});

describe('splitting article sitemaps', () => {
  it('splits a month past the limit into numbered parts, newest month first', () => {
    const parts = planArticleSitemaps(
      [
        { month: '2026-10', count: 2, lastModified: '2026-10-31T00:00:00.000Z' },
        { month: '2026-11', count: 5, lastModified: '2026-11-29T00:00:00.000Z' },
      ],
      2,
    );
    expect(parts.map((p) => p.file)).toEqual([
      'articles-2026-11.xml',
      'articles-2026-11-2.xml',
      'articles-2026-11-3.xml',
      'articles-2026-10.xml',
    ]);
    for (const p of parts) expect(parsePartFile(p.file)).toEqual({ month: p.month, part: p.part });
    expect(partFile('2026-01', 1)).toBe('articles-2026-01.xml');
    expect(parsePartFile('articles-2026-11-1.xml')).toBeNull();
    expect(parsePartFile('articles-2026-00.xml')).toBeNull();
  });

  it('reads a part of a month from the store: offset and limit within the month, newest first', async () => {
    const t = await openTestSqlite();
    try {
      const ids: number[] = [];
      for (let d = 1; d <= 5; d++) ids.push((await t.store.articles.create(buildArticle({ publishedAt: `2026-11-0${d}T09:00:00Z` }))).id);
      await t.store.articles.create(buildArticle({ publishedAt: '2026-10-30T09:00:00Z' }));
      const archive = storeArchive(t.store, () => TEST_NOW);
      expect((await archive.month('2026-11', 2, 2)).map((r) => r.id)).toEqual([ids[2], ids[1]]);
      expect((await archive.month('2026-11', 4, 2)).map((r) => r.id)).toEqual([ids[0]]);
      expect(await archive.months()).toEqual([
        { month: '2026-11', count: 5, lastModified: expect.any(String) },
        { month: '2026-10', count: 1, lastModified: expect.any(String) },
      ]);
    } finally {
      await t.dispose();
    }
  });
});
