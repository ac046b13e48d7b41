import { describe, expect, it } from 'vitest';
import { ArticleInputSchema } from '../../../src/article/article.js';
import { parseHtml } from '../../../src/ingest/html/index.js';
import { ImportError } from '../../../src/ingest/types.js';

const PROSE = 'قررت البلدية توسيع الحديقة العامة في وسط المدينة، وقالت إن الأعمال ستبدأ الشهر المقبل وتستمر ستة أشهر.';
const article = (html: string) => ArticleInputSchema.parse(parseHtml(html).articles[0]);

describe('parseHtml: errors and warnings', () => {
  it('refuses an empty page with an ImportError naming the body', () => {
    for (const input of ['', '   ', new Uint8Array(), '<html><head><title>t</title></head><body> </body></html>']) {
      try {
        parseHtml(input, { file: 'empty.html' });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        expect((e as ImportError).where).toEqual({ file: 'empty.html', element: 'body' });
        expect((e as ImportError).describe()).toBe('empty.html <body>: page has no text');
      }
    }
  });

  it('makes a headline from the first line when the page names none, and warns', () => {
    const r = parseHtml(`<p>${PROSE}</p>`);
    const headline = r.articles[0]!.headline;
    expect(headline.length).toBeLessThanOrEqual(120);
    expect(PROSE.startsWith(headline)).toBe(true);
    expect(r.warnings.map((w) => w.message)).toContain('page names no headline; the first line of text is used');
  });

  it('converts a page too deep for readability directly, naming the deepest element', () => {
    const deep = `<html><head><title>صفحة عميقة جداً للاختبار</title></head><body>${'<div>'.repeat(600)}<p>${PROSE}</p>${'</div>'.repeat(600)}</body></html>`;
    const r = parseHtml(deep);
    expect(r.articles[0]!.body).toEqual([{ type: 'paragraph', text: PROSE }]);
    expect(r.warnings[0]).toMatchObject({ message: expect.stringMatching(/nested 60\d elements deep; converted without readability/), element: expect.stringContaining('p') });
  });

  it('warns about a date without a time zone and reads it as UTC', () => {
    const r = parseHtml(`<html><head><title>خبر عن الحديقة العامة</title><meta property="article:published_time" content="2025-05-01 10:00"></head><body><p>${PROSE}</p></body></html>`);
    expect(r.articles[0]!.publishedAt).toBe('2025-05-01T10:00:00.000Z');
    expect(r.warnings.map((w) => w.message).join()).toMatch(/no time zone; read as UTC/);
  });

  it('warns about broken JSON-LD and still reads the rest', () => {
    const r = parseHtml(`<html><head><title>خبر عن الحديقة العامة - الموقع</title><script type="application/ld+json">{"@type": "NewsArticle", </script></head><body><p>${PROSE}</p></body></html>`);
    expect(r.articles[0]!.headline).toBe('خبر عن الحديقة العامة');
    expect(r.warnings.map((w) => w.message)).toContain('JSON-LD block 1 is not valid JSON; ignored');
  });

  it('clips an over-long headline to the schema and warns', () => {
    const long = 'كلمة '.repeat(100).trim();
    const r = parseHtml(`<html><head><title>${long}</title></head><body><p>${PROSE}</p></body></html>`);
    expect(r.articles[0]!.headline.length).toBeLessThanOrEqual(300);
    expect(r.warnings.map((w) => w.message)).toContain('headline longer than 300 characters; clipped');
  });
});

describe('parseHtml: metadata', () => {
  it('reads JSON-LD inside @graph with @id references, entity-decoded', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'Person', '@id': '#p', name: 'هدى سليم' },
      { '@type': 'NewsArticle', headline: '&quot;الحديقة&quot; تتسع', author: { '@id': '#p' }, articleSection: 'محليات', datePublished: '2025-05-01T10:00:00+02:00', keywords: 'حدائق، بلدية' },
    ] };
    const a = article(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><p>${PROSE}</p></body></html>`);
    expect(a).toMatchObject({ headline: '"الحديقة" تتسع', section: 'محليات', tags: ['حدائق', 'بلدية'], publishedAt: '2025-05-01T08:00:00.000Z' });
    expect(a.byline?.authors).toEqual(['هدى سليم']);
  });

  it('takes the og:image as lead image when the page shows no figure', () => {
    const a = article(`<html><head><title>خبر عن الحديقة العامة</title><meta property="og:image" content="/img/park.jpg"><meta property="og:image:alt" content="الحديقة"></head><body><p>${PROSE}</p></body></html>`);
    expect(a.leadImage).toEqual({ src: '/img/park.jpg', alt: 'الحديقة', caption: '', credit: null });
  });

  it('resolves relative media against the page address', () => {
    const a = article(`<html><head><title>خبر عن الحديقة العامة</title></head><body><p>${PROSE}</p><figure><img src="../img/p.jpg"><figcaption>الحديقة (أ ف ب)</figcaption></figure><p>${PROSE}</p></body></html>`);
    expect(a.body[1]).toMatchObject({ type: 'image', src: '../img/p.jpg' });
    const b = ArticleInputSchema.parse(parseHtml(`<html><head><title>خبر عن الحديقة العامة</title></head><body><p>${PROSE}</p><figure><img src="../img/p.jpg"></figure><p>${PROSE}</p></body></html>`, { url: 'https://x.example/a/b/c.html' }).articles[0]);
    expect(b.body[1]).toMatchObject({ type: 'image', src: 'https://x.example/a/img/p.jpg' });
  });
});

describe('parseHtml: hostile nesting', () => {
  it('refuses markup nested thousands deep before parsing it, naming the element and line', () => {
    try {
      parseHtml(`<title>عمق</title>\n<p>نص</p>\n${'<section>'.repeat(6000)}`, { file: 'deep.html' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).describe()).toBe('deep.html:3 <section>: markup nests more than 5000 elements deep');
    }
  });
});
