import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/index.js';
import { escapeXmlAttr, escapeXmlText } from '../../src/site/feeds/xml.js';
import { articlePath } from '../../src/site/urls.js';
import { buildArticle } from '../support/factories.js';
import { buildTestApp } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';

const SITE = 'https://midad.example';
const TRICKY = 'الوزير يقول: "الأسعار < الأجور & الضرائب > الدعم"';

// Elements that may repeat, parsed as arrays even when there is one (Atom's links repeat, RSS's do not).
const REPEATED = new Set(['item', 'entry', 'category', 'dc:creator', 'author']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name, jpath) => REPEATED.has(name) || (name === 'link' && String(jpath).startsWith('feed')),
});

type Node = Record<string, any>;

/** Parses a feed after checking it is well-formed and that every prefix it uses is declared. */
function parseFeed(xml: string): Node {
  expect(XMLValidator.validate(xml)).toBe(true);
  const declared = new Set([...xml.matchAll(/xmlns:([\w-]+)="/g)].map((m) => m[1]));
  const used = new Set([...xml.matchAll(/<\/?([\w-]+):[\w-]+[\s/>]/g), ...xml.matchAll(/\s([\w-]+):[\w-]+="/g)].map((m) => m[1]).filter((p) => p !== 'xmlns' && p !== 'xml'));
  for (const prefix of used) expect(declared, `prefix ${prefix} is declared`).toContain(prefix);
  return parser.parse(xml);
}

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('RSS and Atom feeds', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let tricky: Article;
  let sport: Article;

  beforeAll(async () => {
    t = await openTestSqlite();
    tricky = await t.store.articles.create(
      buildArticle({
        headline: TRICKY,
        section: 'اقتصاد',
        leadImage: { src: '/media/photos/market.jpg', alt: 'سوق', caption: 'سوق الخضار <صباحاً>', credit: 'رويترز & أ.ف.ب', width: 1600, height: 900 },
        byline: { authors: ['منى الخطيب', 'رامي ناصر'], source: null, dateline: 'عمّان' },
        // A stray control character (as old dumps carry) must not break the XML.
        body: [{ type: 'paragraph', text: 'ارتفعت الأسعار\u0007 هذا الأسبوع.' }],
        publishedAt: '2026-11-27T08:00:00Z',
        updatedAt: '2026-11-28T10:15:00Z',
      }),
    );
    sport = await t.store.articles.create(
      buildArticle({
        headline: 'فوز الفريق المحلي في المباراة النهائية',
        section: 'رياضة',
        leadImage: null,
        byline: { authors: [], source: 'وكالة الأنباء', dateline: null },
        publishedAt: '2026-11-26T18:00:00Z',
      }),
    );
    await t.store.articles.create(buildArticle({ headline: 'مسودة لم تنشر', status: 'draft', publishedAt: null }));
    await t.store.articles.create(buildArticle({ headline: 'خبر مجدول للغد', publishedAt: '2026-11-30T08:00:00Z' }));
    app = await buildTestApp(t.store, { siteUrl: SITE });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('RSS 2.0: channel and item elements the spec requires, escaped text and Arabic intact', async () => {
    const res = await app.inject('/feed.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers['cache-control']).toContain('s-maxage');
    const rss = parseFeed(res.body).rss;
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toBe('مِداد');
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel.description).toBeTruthy();
    expect(channel.language).toBe('ar');
    expect(channel.lastBuildDate).toMatch(RFC822);
    expect(channel['atom:link']['@rel']).toBe('self');
    expect(channel['atom:link']['@href']).toBe(`${SITE}/feed.xml`);

    const items = channel.item as Node[];
    expect(items.map((i) => i.title)).toEqual([TRICKY, 'فوز الفريق المحلي في المباراة النهائية']);
    const [first, second] = items as [Node, Node];
    expect(first.link).toBe(SITE + articlePath(tricky));
    expect(first.guid['@isPermaLink']).toBe('true');
    expect(first.guid['#text']).toBe(`${SITE}/article/${tricky.id}`);
    expect(first.pubDate).toMatch(RFC822);
    expect(new Date(first.pubDate).toISOString()).toBe('2026-11-27T08:00:00.000Z');
    expect(first['dc:creator']).toEqual(['منى الخطيب', 'رامي ناصر']);
    expect(first.category.map((c: Node | string) => (typeof c === 'string' ? c : c['#text']))).toEqual(['اقتصاد', 'مكتبات', 'مدن']);
    expect(first.description).toBe('المكتبة تضم قاعة للأطفال وركنا للصحف القديمة');
    // Full text by default: the body as HTML, the control character dropped.
    expect(first['content:encoded']).toBe('<div dir="rtl" lang="ar"><p>ارتفعت الأسعار هذا الأسبوع.</p></div>');
    // A byline with only a source credits the source.
    expect(second['dc:creator']).toEqual(['وكالة الأنباء']);
  });

  it('a guid is a permalink that survives slug changes: it redirects to the current page', async () => {
    const res = await app.inject(`/article/${tricky.id}`);
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(articlePath(tricky));
  });

  it('photos carry media:content with url, medium, type and size, the caption and the credit', async () => {
    for (const url of ['/feed.xml', '/atom.xml']) {
      const doc = parseFeed((await app.inject(url)).body);
      const first = (doc.rss?.channel.item ?? doc.feed.entry)[0] as Node;
      const media = first['media:content'];
      expect(media['@url'], url).toBe(`${SITE}/media/photos/market.jpg`);
      expect(media['@medium']).toBe('image');
      expect(media['@type']).toBe('image/jpeg');
      expect(media['@width']).toBe('1600');
      expect(media['@height']).toBe('900');
      expect(media['media:description']['#text']).toBe('سوق الخضار <صباحاً>');
      expect(media['media:description']['@type']).toBe('plain');
      expect(media['media:credit']).toBe('رويترز & أ.ف.ب');
      // A story without a photo has no media element.
      expect(((doc.rss?.channel.item ?? doc.feed.entry)[1] as Node)['media:content']).toBeUndefined();
    }
  });

  it('Atom 1.0: feed id, title, updated, author and self link; entries with id, title, updated and author', async () => {
    const res = await app.inject('/atom.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(res.body).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe('ar');
    expect(feed.id).toBe(`${SITE}/atom.xml`);
    expect(feed.title['#text']).toBe('مِداد');
    // The newest change among entries: the tricky story's update.
    expect(feed.updated).toBe('2026-11-28T10:15:00.000Z');
    expect(feed.author[0].name).toBe('مِداد');
    expect(feed.link.find((l: Node) => l['@rel'] === 'self')['@href']).toBe(`${SITE}/atom.xml`);
    expect(feed.link.find((l: Node) => l['@rel'] === 'alternate')['@href']).toBe(`${SITE}/`);

    const [first, second] = feed.entry as [Node, Node];
    expect(first.id).toBe(`${SITE}/article/${tricky.id}`);
    expect(first.title['#text']).toBe(TRICKY);
    expect(first.updated).toMatch(RFC3339);
    expect(first.updated).toBe('2026-11-28T10:15:00.000Z');
    expect(first.published).toBe('2026-11-27T08:00:00.000Z');
    expect(first.link[0]['@href']).toBe(SITE + articlePath(tricky));
    expect(first.author.map((a: Node) => a.name)).toEqual(['منى الخطيب', 'رامي ناصر']);
    expect(first.author[0].uri).toMatch(new RegExp(`^${SITE}/author/`));
    expect(first.summary['#text']).toBeTruthy();
    expect(first.content['@type']).toBe('html');
    expect(first.content['#text']).toContain('<p>ارتفعت الأسعار هذا الأسبوع.</p>');
    expect(second.author[0].name).toBe('وكالة الأنباء');
  });

  it('never lists drafts or stories scheduled for later', async () => {
    for (const url of ['/feed.xml', '/atom.xml']) {
      const body = (await app.inject(url)).body;
      expect(body).not.toContain('مسودة لم تنشر');
      expect(body).not.toContain('خبر مجدول للغد');
    }
  });

  it('sections and authors have feeds of their own; unknown ones answer 404', async () => {
    const section = parseFeed((await app.inject(`/section/${encodeURIComponent('رياضة')}/feed.xml`)).body).rss.channel;
    expect(section.title).toBe('رياضة | مِداد');
    expect(section.link).toBe(`${SITE}/section/${encodeURIComponent('رياضة')}`);
    expect((section.item as Node[]).map((i) => i.title)).toEqual([sport.headline]);

    const author = tricky.authors[1]!;
    const atom = parseFeed((await app.inject(`/author/${encodeURIComponent(author.slug)}/atom.xml`)).body).feed;
    expect(atom.title['#text']).toBe('رامي ناصر | مِداد');
    expect((atom.entry as Node[]).map((e) => e.title['#text'])).toEqual([TRICKY]);

    expect((await app.inject('/section/no-such/feed.xml')).statusCode).toBe(404);
    expect((await app.inject('/author/no-such/atom.xml')).statusCode).toBe(404);
  });

  it('an empty feed is still valid', async () => {
    const empty = await openTestSqlite();
    const other = await buildTestApp(empty.store, { siteUrl: SITE });
    try {
      const rss = parseFeed((await other.inject('/feed.xml')).body).rss.channel;
      expect(rss.item).toBeUndefined();
      const atom = parseFeed((await other.inject('/atom.xml')).body).feed;
      expect(atom.updated).toMatch(RFC3339);
    } finally {
      await other.close();
      await empty.dispose();
    }
  });

  it('summary feeds, when the site is set so, carry no body', async () => {
    const other = await buildTestApp(t.store, { siteUrl: SITE, feedContent: 'summary' });
    try {
      const item = (parseFeed((await other.inject('/feed.xml')).body).rss.channel.item as Node[])[0]!;
      expect(item['content:encoded']).toBeUndefined();
      expect(item.description).toBe('المكتبة تضم قاعة للأطفال وركنا للصحف القديمة');
      const entry = (parseFeed((await other.inject('/atom.xml')).body).feed.entry as Node[])[0]!;
      expect(entry.content).toBeUndefined();
      expect(entry.summary['#text']).toBeTruthy();
    } finally {
      await other.close();
    }
  });

  it('pages advertise their feeds with <link rel="alternate">, and each advertised feed answers', async () => {
    const pages = ['/', articlePath(tricky), `/section/${encodeURIComponent('رياضة')}`, `/author/${encodeURIComponent(tricky.authors[0]!.slug)}`];
    for (const page of pages) {
      const html = (await app.inject(page)).body;
      const links = [...html.matchAll(/<link rel="alternate" type="(application\/(?:rss|atom)\+xml)" title="[^"]+" href="([^"]+)">/g)];
      expect(links.length, page).toBeGreaterThanOrEqual(2);
      expect(links.map((l) => l[2])).toContain(`${SITE}/feed.xml`);
      for (const [, type, href] of links) {
        const res = await app.inject(href!.slice(SITE.length));
        expect(res.statusCode, href).toBe(200);
        expect(res.headers['content-type']).toBe(`${type}; charset=utf-8`);
      }
    }
  });

  it('answers conditional requests with 304', async () => {
    const res = await app.inject('/feed.xml');
    expect(res.headers['last-modified']).toBe('Sat, 28 Nov 2026 10:15:00 GMT');
    const again = await app.inject({ url: '/feed.xml', headers: { 'if-none-match': res.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });
});

describe('the XML writer', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(escapeXmlText('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"');
    expect(escapeXmlAttr('a & "b" <c>\nd')).toBe('a &amp; &quot;b&quot; &lt;c&gt;&#10;d');
  });

  it('drops code points XML 1.0 forbids and keeps Arabic and emoji', () => {
    expect(escapeXmlText('مداد\u0000\u0008\uFFFE\uD800 📰')).toBe('مداد 📰');
  });
});
