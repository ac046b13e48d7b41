/**
 * Generators of hostile input for the property tests of parseHtml and parseFeed, and the
 * check they share: a ParsedSource whose every article passes the schema, or an
 * ImportError, never another exception, and never slow. Not a test file itself.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { ArticleInputSchema } from '../../../src/article/article.js';
import { ImportError, type ParsedSource } from '../../../src/ingest/types.js';

/** Longest a single call may take on hostile input (generous: the machine may be busy). */
export const MAX_CALL_MS = 8000;

const ARABIC_WORDS = ['الواحة', 'مجلس', 'خطة', 'تحلية', '«المدار»', 'أ.ف.ب', 'تصوير:', 'اقرأ أيضاً', 'ـــ', 'كتب:', '٢٠٢٥'];

/** Text fragments in several scripts, with control characters, bidi marks and lone surrogates. */
export const mixedText = fc.oneof(
  fc.constantFrom(...ARABIC_WORDS),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\u200f', '\u202e', '\ufeff', '\ud800', '\udfff', '\uffff', '\r\n', '\t'),
);

/** Markup fragments that break parsers: unclosed scripts, comments and CDATA, stray frames, broken entities. */
const htmlToken = fc.oneof(
  mixedText,
  fc.constantFrom(
    '<div>', '</div>', '<p>', '</p>', '<br>', '<h2>', '</h2>', '<figure>', '<figcaption>', '</figure>', '<img src="x.jpg">',
    '<img data-src="javascript:alert(1)">', '<blockquote>', '</blockquote>', '<table><tr><td>', '<script>', '</script>',
    '<style>', '<!--', '-->', '<![CDATA[', ']]>', '<svg>', '<html>', '</html>', '<body>', '</body>', '<head>', '<title>',
    '<meta charset="windows-1256">', '<meta charset="utf-16">', '<meta charset="x">', '&amp;', '&#xD800;', '&#99999999;', '&',
    '<a href="http://[::1', '<iframe src="https://www.youtube.com/embed/x">', '<video>', '<article class="share-bar">',
    '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":', '<time datetime="9999-99-99">',
    '<div class="article-body">', '<p><strong>', '</strong></p>', '<', '>', '"', "'",
  ),
);

/** Random HTML-ish documents. */
export const hostileHtml = fc.array(htmlToken, { maxLength: 200 }).map((parts) => parts.join(''));

const xmlToken = fc.oneof(
  mixedText,
  fc.constantFrom(
    '<?xml version="1.0" encoding="windows-1256"?>', '<?xml version="1.0"?>', '<rss version="2.0">', '</rss>', '<channel>',
    '</channel>', '<item>', '</item>', '<title>', '</title>', '<link>', '</link>', '<description>', '</description>',
    '<content:encoded><![CDATA[', ']]></content:encoded>', '<![CDATA[', ']]>', '<feed xmlns="http://www.w3.org/2005/Atom">',
    '</feed>', '<entry>', '</entry>', '<content type="xhtml">', '<content type="html">', '</content>', '<pubDate>',
    '</pubDate>', 'Thu, 31 Feb 2025 25:61:00 +9999', '<media:content url="x.mp4" medium="video"/>', '<enclosure url="" type=""/>',
    '<guid>', '</guid>', '<!DOCTYPE x [<!ENTITY a "&a;&a;">]>', '&a;', '&amp;', '&', '<', '>', '<!--', '-->',
  ),
);

/** Random RSS/Atom-ish documents. */
export const hostileXml = fc.array(xmlToken, { maxLength: 200 }).map((parts) => parts.join(''));

/** Bytes of a valid sample, cut short, with some bytes overwritten by random ones (invalid UTF-8 among them). */
export function damaged(sample: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.integer({ min: 0, max: sample.length }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }))
    .map(([cut, edits]) => {
      const out = sample.slice(0, cut);
      for (const [at, byte] of edits) if (out.length) out[at % out.length] = byte;
      return out;
    });
}

/** Runs a parser and checks it returned a valid ParsedSource or threw an ImportError, quickly. */
export function expectResultOrImportError(run: () => ParsedSource, format: ParsedSource['format']): void {
  const t = performance.now();
  try {
    const r = run();
    expect(r.format).toBe(format);
    for (const a of r.articles) {
      const checked = ArticleInputSchema.safeParse(a);
      if (!checked.success) throw new Error(`invalid article: ${checked.error.message}`);
    }
    JSON.stringify(r); // storable as JSON: no cycles, no BigInt
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    expect(e.describe()).toBeTypeOf('string');
  }
  expect(performance.now() - t).toBeLessThan(MAX_CALL_MS);
}
