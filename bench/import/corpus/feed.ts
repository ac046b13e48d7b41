/**
 * Generated feeds in the shapes of test/fixtures/feed: RSS 2.0 with `content:encoded`
 * (paragraphs, an h2, a «اقرأ أيضاً» line, a figure with a «تصوير:» credit), `media:content`
 * with `media:credit`, or an enclosure; and Atom with HTML or XHTML content and several
 * authors. Every item is a whole article, as wire and CMS feeds carry them.
 */
import type { Rng } from './rng.js';
import type { SourceText } from './texts.js';
import { CAPTION_OPENINGS, CREDITS, SECTIONS, SOURCES, WRITERS } from './words.js';

/** A generated feed and how many items it holds. */
export interface FeedSample {
  text: string;
  items: number;
  kind: 'rss' | 'atom';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const words = (s: string, n: number) => s.split(' ').slice(0, n).join(' ');
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The article's HTML as a CMS puts it in a feed. */
function articleHtml(r: Rng, t: SourceText, i: number, xhtml = false): string {
  return t.paragraphs
    .map((p, k) => {
      let out = `<p>${esc(p)}</p>`;
      if (k === 1 && r.chance(0.4)) out = `<h2>${esc(words(p, 4).replace(/[.،]+$/u, ''))}</h2>${out}`;
      if (k === 1 && r.chance(0.3)) out += `<p><strong>اقرأ أيضاً:</strong> <a href="https://almadar.example/n/${i}">${esc(t.title)}</a></p>`;
      if (k === 2 && r.chance(0.3)) out += `<figure><img src="https://almadar.example/media/${i}-${k}.jpg" alt=""${xhtml ? '/' : ''}><figcaption>${r.pick(CAPTION_OPENINGS)} ${esc(words(p, 5))}. تصوير: ${r.pick(WRITERS)}</figcaption></figure>`;
      return out;
    })
    .join('\n');
}

function rssItem(r: Rng, t: SourceText, i: number): string {
  const media = r.int(0, 2);
  const attach =
    media === 0
      ? `<media:content url="https://almadar.example/media/${i}.jpg" medium="image" type="image/jpeg"><media:description>${esc(`${r.pick(CAPTION_OPENINGS)} ${words(t.paragraphs[0]!, 6)}`)}</media:description><media:credit>${r.pick(CREDITS)}</media:credit></media:content>`
      : media === 1
        ? `<enclosure url="https://almadar.example/media/${i}.jpg" length="${r.int(10_000, 900_000)}" type="image/jpeg"/>`
        : '';
  return `<item><title>${esc(t.title)}</title><link>https://almadar.example/a/${i}</link><guid isPermaLink="false">almadar-${i}</guid><pubDate>${r.pick(DAYS)}, 1${r.int(0, 9)} Oct 2025 0${r.int(0, 9)}:30:00 +0300</pubDate><dc:creator><![CDATA[${r.pick(WRITERS)}]]></dc:creator><category>${r.pick(SECTIONS)}</category><description><![CDATA[${words(t.paragraphs[0]!, 16)}]]></description><content:encoded><![CDATA[${articleHtml(r, t, i)}]]></content:encoded>${attach}</item>`;
}

function atomEntry(r: Rng, t: SourceText, i: number): string {
  const first = r.int(0, WRITERS.length - 1);
  const names = r.chance(0.3) ? [WRITERS[first]!, WRITERS[(first + 1) % WRITERS.length]!] : [WRITERS[first]!];
  const authors = names.map((n) => `<author><name>${n}</name></author>`).join('');
  const content = r.chance(0.5) ? `<content type="html">${esc(articleHtml(r, t, i))}</content>` : `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${articleHtml(r, t, i, true)}</div></content>`;
  return `<entry><title>${esc(t.title)}</title><link rel="alternate" href="https://rewaq.example/p/${i}"/><id>tag:rewaq.example,2025:${i}</id><updated>2025-05-0${r.int(1, 9)}T08:00:00Z</updated><published>2025-05-0${r.int(1, 9)}T07:00:00Z</published>${authors}<category term="${r.pick(SECTIONS)}"/><summary>${esc(words(t.paragraphs[0]!, 14))}</summary>${content}</entry>`;
}

/** A feed of `texts.length` items, RSS or Atom. */
export function makeFeed(r: Rng, texts: readonly SourceText[], at: number): FeedSample {
  if (r.chance(0.6)) {
    const items = texts.map((t, k) => rssItem(r, t, at + k)).join('\n');
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${r.pick(SOURCES)}</title><link>https://almadar.example/</link><description>آخر الأخبار</description><language>ar</language>\n${items}\n</channel></rss>\n`;
    return { text, items: texts.length, kind: 'rss' };
  }
  const entries = texts.map((t, k) => atomEntry(r, t, at + k)).join('\n');
  const text = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>${r.pick(SOURCES)}</title><id>tag:rewaq.example,2025:feed</id><updated>2025-05-02T08:00:00Z</updated><link rel="self" href="https://rewaq.example/feed.atom"/>\n${entries}\n</feed>\n`;
  return { text, items: texts.length, kind: 'atom' };
}
