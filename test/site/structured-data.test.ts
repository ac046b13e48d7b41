import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/index.js';
import { serializeJsonLd } from '../../src/site/seo/json-ld.js';
import { articlePath, authorPath, sectionPath } from '../../src/site/urls.js';
import { buildArticle } from '../support/factories.js';
import { buildTestApp } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';

const SITE = 'https://midad.example';
const HOSTILE = 'عنوان </script><script>alert("x")</script> & «اقتباس»';

type Node = Record<string, any>;

/** Every JSON-LD block of a page, parsed (a block that does not parse fails the test). */
function jsonLdBlocks(html: string): Node[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    expect(m[1]).not.toMatch(/[<>]/);
    const node = JSON.parse(m[1]!) as Node;
    expect(node['@context']).toBe('https://schema.org');
    return node;
  });
}

/** `<meta property|name="key" content="value">` pairs, repeated keys kept in order. */
function metaTags(html: string): Array<[string, string]> {
  return [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]);
}

function meta(html: string, key: string): string[] {
  return metaTags(html)
    .filter(([k]) => k === key)
    .map(([, v]) => v.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
}

/** A date-time with a time zone (Z or an offset), as Google asks for article dates. */
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ARTICLE_TYPES = ['NewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReportageNewsArticle'];

describe('structured data and share cards', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let report: Article;
  let opinion: Article;
  let plain: Article;
  let wire: Article;

  beforeAll(async () => {
    t = await openTestSqlite();
    report = await t.store.articles.create(
      buildArticle({
        headline: HOSTILE,
        kicker: 'تقرير',
        section: 'ثقافة',
        leadImage: { src: '/media/photos/festival.jpg', alt: 'جمهور المهرجان', caption: 'افتتاح المهرجان', credit: 'أ.ف.ب', width: 1200, height: 800 },
        byline: { authors: ['سلمى الحداد', 'رامي ناصر'], source: null, dateline: 'تونس' },
        publishedAt: '2026-11-20T09:00:00Z',
        updatedAt: '2026-11-21T10:30:00Z',
      }),
    );
    opinion = await t.store.articles.create(buildArticle({ headline: 'في معنى المدينة', kicker: 'رأي', publishedAt: '2026-11-22T09:00:00Z' }));
    plain = await t.store.articles.create(buildArticle({ headline: 'خبر بلا نوع', kicker: null, leadImage: null, publishedAt: '2026-11-23T09:00:00Z' }));
    wire = await t.store.articles.create(
      buildArticle({
        headline: 'خبر من وكالة',
        kicker: 'تحليل إخباري',
        section: null,
        byline: { authors: [], source: 'وكالة الأنباء', dateline: null },
        publishedAt: '2026-11-24T09:00:00Z',
      }),
    );
    app = await buildTestApp(t.store, { siteUrl: SITE, publisherLogo: '/media/logo.png', twitterSite: '@midad' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const page = async (a: Article) => (await app.inject(articlePath(a))).body;

  it('the article page has a NewsArticle subtype with every property Google recommends, and ours', async () => {
    const html = await page(report);
    const blocks = jsonLdBlocks(html);
    const articles = blocks.filter((b) => ARTICLE_TYPES.includes(b['@type']));
    expect(articles).toHaveLength(1);
    const ld = articles[0]!;
    const canonical = SITE + articlePath(report);

    expect(ld['@type']).toBe('ReportageNewsArticle');
    expect(ld.headline).toBe(HOSTILE);
    expect(ld.description).toBe('المكتبة تضم قاعة للأطفال وركنا للصحف القديمة');
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': canonical });
    expect(ld.url).toBe(canonical);
    expect(ld.image).toEqual([
      {
        '@type': 'ImageObject',
        url: `${SITE}/media/photos/festival.jpg`,
        contentUrl: `${SITE}/media/photos/festival.jpg`,
        caption: 'افتتاح المهرجان',
        creditText: 'أ.ف.ب',
        width: 1200,
        height: 800,
      },
    ]);
    expect(ld.datePublished).toMatch(ZONED);
    expect(ld.dateModified).toMatch(ZONED);
    expect(ld.datePublished).toBe('2026-11-20T09:00:00.000Z');
    expect(ld.dateModified).toBe('2026-11-21T10:30:00.000Z');
    expect(ld.author).toEqual(
      report.authors.map((p) => ({ '@type': 'Person', name: p.name, url: SITE + authorPath(p) })),
    );
    for (const person of ld.author as Node[]) expect((await app.inject(person.url.slice(SITE.length))).statusCode).toBe(200);
    expect(ld.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'مِداد',
      url: `${SITE}/`,
      logo: { '@type': 'ImageObject', url: `${SITE}/media/logo.png` },
    });
    expect(ld.articleSection).toBe('ثقافة');
    expect(ld.inLanguage).toBe('ar');
    expect(ld.dateline).toBe('تونس');
    expect(ld.keywords).toEqual(['مكتبات', 'مدن']);
    expect(ld.mentions).toBeUndefined();
  });

  it('a BreadcrumbList follows the visible breadcrumbs: home, section, article', async () => {
    const crumbs = jsonLdBlocks(await page(report)).find((b) => b['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'ثقافة', item: SITE + sectionPath(report.section!) },
      { '@type': 'ListItem', position: 3, name: HOSTILE, item: SITE + articlePath(report) },
    ]);
  });

  it('the schema.org type follows the kicker', async () => {
    const typeOf = async (a: Article) => jsonLdBlocks(await page(a)).find((b) => ARTICLE_TYPES.includes(b['@type']))!['@type'];
    expect(await typeOf(opinion)).toBe('OpinionNewsArticle');
    expect(await typeOf(plain)).toBe('NewsArticle');
    expect(await typeOf(wire)).toBe('AnalysisNewsArticle');
  });

  it('credits the source when no author is named, and leaves out what the story lacks', async () => {
    const ld = jsonLdBlocks(await page(wire)).find((b) => ARTICLE_TYPES.includes(b['@type']))!;
    expect(ld.author).toEqual([{ '@type': 'Organization', name: 'وكالة الأنباء' }]);
    expect(ld.articleSection).toBeUndefined();
    expect(ld.dateline).toBeUndefined();
    const noPhoto = jsonLdBlocks(await page(plain)).find((b) => ARTICLE_TYPES.includes(b['@type']))!;
    expect(noPhoto.image).toBeUndefined();
  });

  it('a headline with </script> cannot break out of the JSON-LD block', async () => {
    const html = await page(report);
    expect(html).not.toContain('<script>alert');
    expect(serializeJsonLd({ t: '</script>\u2028&' })).toBe('{"t":"\\u003c/script\\u003e\\u2028\\u0026"}');
  });

  it('Open Graph and Twitter tags describe the article', async () => {
    const html = await page(report);
    const canonical = SITE + articlePath(report);
    expect(html).toContain(`<link rel="canonical" href="${canonical}">`);
    expect(meta(html, 'og:type')).toEqual(['article']);
    expect(meta(html, 'og:title')).toEqual([HOSTILE]);
    expect(meta(html, 'og:description')).toEqual(['المكتبة تضم قاعة للأطفال وركنا للصحف القديمة']);
    expect(meta(html, 'og:image')).toEqual([`${SITE}/media/photos/festival.jpg`]);
    expect(meta(html, 'og:image:width')).toEqual(['1200']);
    expect(meta(html, 'og:image:alt')).toEqual(['جمهور المهرجان']);
    expect(meta(html, 'og:url')).toEqual([canonical]);
    expect(meta(html, 'og:locale')).toEqual(['ar_AR']);
    expect(meta(html, 'og:site_name')).toEqual(['مِداد']);
    expect(meta(html, 'article:published_time')).toEqual(['2026-11-20T09:00:00.000Z']);
    expect(meta(html, 'article:modified_time')).toEqual(['2026-11-21T10:30:00.000Z']);
    expect(meta(html, 'article:section')).toEqual(['ثقافة']);
    expect(meta(html, 'article:author')).toEqual(report.authors.map((p) => SITE + authorPath(p)));
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(html, 'twitter:site')).toEqual(['@midad']);
    expect(meta(html, 'twitter:title')).toEqual([HOSTILE]);
    expect(meta(html, 'twitter:image')).toEqual([`${SITE}/media/photos/festival.jpg`]);
    expect(meta(await page(plain), 'twitter:card')).toEqual(['summary']);
  });

  it('the home page has the WebSite with its search action and the publisher Organization', async () => {
    const html = (await app.inject('/')).body;
    const blocks = jsonLdBlocks(html);
    const site = blocks.find((b) => b['@type'] === 'WebSite')!;
    expect(site.url).toBe(`${SITE}/`);
    expect(site.name).toBe('مِداد');
    expect(site.inLanguage).toBe('ar');
    expect(site.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
    const org = blocks.find((b) => b['@type'] === 'NewsMediaOrganization')!;
    expect(org).toMatchObject({ name: 'مِداد', url: `${SITE}/`, logo: { url: `${SITE}/media/logo.png` } });
    // The article's publisher points to the same node.
    const ld = jsonLdBlocks(await page(report)).find((b) => ARTICLE_TYPES.includes(b['@type']))!;
    expect(ld.publisher['@id']).toBe(org['@id']);
    expect(meta(html, 'og:type')).toEqual(['website']);
    expect(meta(html, 'og:url')).toEqual([`${SITE}/`]);
  });

  it('section pages have the WebSite with its search action and their breadcrumbs; author pages a ProfilePage', async () => {
    const section = jsonLdBlocks((await app.inject(sectionPath(report.section!))).body);
    expect(section.find((b) => b['@type'] === 'WebSite')!.potentialAction['@type']).toBe('SearchAction');
    expect(section.find((b) => b['@type'] === 'BreadcrumbList')!.itemListElement).toHaveLength(2);

    const author = report.authors[0]!;
    const profile = jsonLdBlocks((await app.inject(authorPath(author))).body).find((b) => b['@type'] === 'ProfilePage')!;
    expect(profile.mainEntity).toEqual({ '@type': 'Person', name: author.name, url: SITE + authorPath(author) });
  });

  it('without a configured logo the publisher shows the site icon', async () => {
    const other = await buildTestApp(t.store, { siteUrl: SITE });
    try {
      const ld = jsonLdBlocks((await other.inject(articlePath(plain))).body).find((b) => ARTICLE_TYPES.includes(b['@type']))!;
      expect(ld.publisher.logo.url).toBe(`${SITE}/favicon.svg`);
      expect(meta((await other.inject(articlePath(plain))).body, 'twitter:site')).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
