import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleInputSchema } from '../../../src/article/article.js';
import { parseFeed } from '../../../src/ingest/feed/index.js';
import { ImportError } from '../../../src/ingest/types.js';

const DIR = join(import.meta.dirname, '../../fixtures/feed');
const load = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const articles = (name: string) => {
  const r = parseFeed(load(name), { file: name });
  return { ...r, parsed: r.articles.map((a) => ArticleInputSchema.parse(a)) };
};

describe('RSS 2.0 with media, content:encoded and dc:creator (madar-rss-media.xml)', () => {
  const { parsed, warnings, format } = articles('madar-rss-media.xml');
  const [plan, video, market] = parsed;

  it('reads every item, without warnings', () => {
    expect(format).toBe('feed');
    expect(parsed).toHaveLength(3);
    expect(warnings).toEqual([]);
  });
  it('takes guid as the external id, else the link', () => {
    expect(parsed.map((a) => a.id)).toEqual(['almadar-51873', 'https://almadar.example/video/2025/11/03/ebus', 'https://almadar.example/local/2025/11/08/market']);
  });
  it('reads RFC 822 dates with offsets', () => {
    expect(parsed.map((a) => a.publishedAt)).toEqual(['2025-10-14T06:30:00.000Z', '2025-11-03T06:15:00.000Z', '2025-11-08T05:00:00.000Z']);
  });
  it('makes the first category the section and the others tags', () => {
    expect(plan).toMatchObject({ section: 'اقتصاد', tags: ['تحلية المياه', 'الطاقة الشمسية'] });
  });
  it('uses the description as deck when content:encoded is the body', () => {
    expect(plan!.deck).toBe('المشروع يغطي حاجة ثلاثمائة ألف نسمة ويُنفَّذ على مرحلتين حتى عام 2029');
  });
  it('takes media:content with media:description and media:credit as the lead image', () => {
    expect(plan!.leadImage).toEqual({ src: 'https://almadar.example/media/2025/10/desal-plant.jpg', alt: '', caption: 'محطة تجريبية لتحلية المياه على ساحل الواحة', credit: 'أ.ف.ب', width: 1200, height: 675 });
  });
  it('converts content:encoded with the HTML converter: subheadings, figures, furniture dropped', () => {
    expect(plan!.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'subheading', 'paragraph', 'image', 'paragraph']);
    expect(plan!.body[4]).toMatchObject({ caption: 'الشعاب المرجانية قرب خليج السلاحف.', credit: 'كريم منصور' });
    const text = plan!.body.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(text).not.toMatch(/اقرأ أيضاً|ظهرت المقالة/);
  });
  it('splits dc:creator into writers and finds the dateline', () => {
    expect(plan!.byline).toEqual({ authors: ['سلمى الحدّاد'], source: null, dateline: 'الواحة' });
    expect(video!.byline?.authors).toEqual(['ليلى عيسى', 'طارق منصور']);
  });
  it('makes a video block of a media:group video, with the thumbnail as poster', () => {
    expect(video!.hasVideo).toBe(true);
    expect(video!.body[0]).toEqual({ type: 'video', src: 'https://almadar.example/media/ebus.mp4', poster: 'https://almadar.example/media/ebus-poster.jpg', caption: 'لقطات من الرحلة الأولى', credit: 'المدار' });
    expect(video!.body[1]).toMatchObject({ type: 'paragraph', text: expect.stringContaining('لقطات من الرحلة الأولى للخط الجديد') });
  });
  it('reads an image enclosure and the name in «mail (Name)» authors', () => {
    expect(market!.leadImage?.src).toBe('https://almadar.example/media/market.jpg');
    expect(market!.byline?.authors).toEqual(['هدى سليم']);
    expect(market!.deck).toBeNull();
    expect(market!.body).toHaveLength(1);
  });
});

describe('Atom (rewaq-atom.xml)', () => {
  const { parsed, warnings } = articles('rewaq-atom.xml');
  const [festival, poetry] = parsed;
  it('reads both entries without warnings', () => {
    expect(parsed).toHaveLength(2);
    expect(warnings).toEqual([]);
  });
  it('decodes an html title, takes id, authors, label categories and ISO dates', () => {
    expect(festival).toMatchObject({
      id: 'urn:uuid:rewaq-5120',
      headline: 'مهرجان الحكايات الشعبية يعود إلى الساحة القديمة بعد غياب «خمس سنوات»',
      section: 'ثقافة',
      tags: ['مهرجانات'],
      publishedAt: '2025-06-05T15:20:00.000Z',
      updatedAt: '2025-06-06T06:02:11.000Z',
      deck: 'ثلاثون راوياً من اثنتي عشرة مدينة يحيون ليالي المهرجان على مدى أسبوع',
    });
    expect(festival!.byline?.authors).toEqual(['يوسف البنّا', 'ريم شاهين']);
  });
  it('converts escaped html content, with the embedded player as a video block', () => {
    expect(festival!.body.map((b) => b.type)).toEqual(['paragraph', 'subheading', 'paragraph', 'video']);
    expect(festival!.hasVideo).toBe(true);
  });
  it('converts inline xhtml content, quote included, and falls back to updated for the date', () => {
    expect(poetry!.body).toEqual([
      { type: 'paragraph', text: 'يشارك ستة شعراء شباب في أمسية تقام مساء الجمعة في حديقة المكتبة العامة.' },
      { type: 'quote', text: '«الشعر يسكن الحدائق قبل الكتب»', cite: 'من بيان المنظمين' },
      { type: 'paragraph', text: 'والدخول مجاني.' },
    ]);
    expect(poetry!.publishedAt).toBe('2025-06-01T20:00:00.000Z');
  });
});

describe('a windows-1256 RSS (aldad-rss-1256.xml)', () => {
  const { parsed, warnings } = articles('aldad-rss-1256.xml');
  it('honours the XML declaration and reads escaped HTML descriptions as the body', () => {
    expect(warnings).toEqual([]);
    expect(parsed.map((a) => a.headline)).toEqual(['افتتاح أول مكتبة عامة في حي الزيتون', 'بلدية المدينة تعلن عن مناقصة لإنارة الشوارع الفرعية']);
    expect(parsed[0]!.body.map((b) => ('text' in b ? b.text : ''))).toEqual([
      'افتُتحت صباح اليوم في حي الزيتون أول مكتبة عامة في الحي، بحضور عدد من الأهالي وطلاب المدارس.',
      'وتضم المكتبة نحو ثمانية آلاف كتاب، بينها قسم خاص بكتب الأطفال.',
    ]);
    expect(parsed[0]!.publishedAt).toBe('2009-03-14T07:20:00.000Z');
    expect(parsed[0]!.byline?.authors).toEqual(['منير عبد الهادي']);
  });
});

describe('malformed feeds', () => {
  it('reads a feed with a bare & and raw HTML in a description, warning with line numbers', () => {
    const { parsed, warnings } = articles('sloppy-ampersand.xml');
    expect(parsed[0]!.headline).toBe('النقل & المواصلات: خط حافلات جديد إلى المطار');
    expect(parsed[0]!.id).toBe('https://nabd.example/local/2025/11/ebus?utm_source=rss&utm_medium=feed');
    expect(parsed[0]!.body).toHaveLength(2);
    expect(warnings.map((w) => w.line)).toEqual([6, 9]);
  });
  it('refuses a truncated feed with an ImportError naming the file and the last line', () => {
    try {
      parseFeed(load('broken-truncated.xml'), { file: 'broken-truncated.xml' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).describe()).toBe('broken-truncated.xml:12: feed is not well-formed XML: the file ends with <link> still open (<link> in <item> in <channel> in <rss>): truncated?');
    }
  });
  it('refuses an HTML page, an empty file and mismatched tags', () => {
    expect(() => parseFeed('<html><body>x</body></html>')).toThrow(/not an RSS or Atom feed: the root element is <html>/);
    expect(() => parseFeed('  ')).toThrow(ImportError);
    expect(() => parseFeed('<rss><channel><item><title>x</titl></item></channel></rss>')).toThrow(/Expected closing tag 'title'/);
  });
  it('skips an item with nothing in it, naming its line', () => {
    const r = parseFeed('<rss><channel>\n<item><title>عنوان</title></item>\n<item><link>https://x.example/</link></item>\n</channel></rss>');
    expect(r.articles).toHaveLength(1);
    expect(r.warnings).toEqual([{ line: 3, element: 'item:nth-of-type(2)', message: 'item has neither a title nor text; skipped' }]);
  });
  it('warns about an empty feed rather than failing', () => {
    expect(parseFeed('<rss><channel><title>t</title></channel></rss>')).toEqual({ format: 'feed', articles: [], warnings: [{ message: 'feed has no items' }] });
  });
});
