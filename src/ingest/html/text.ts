/**
 * Text hygiene for imported strings. Rules, in order:
 * 1. lone UTF-16 surrogates become U+FFFD (they cannot be stored or serialised as UTF-8);
 * 2. C0/C1 control characters other than tab and newline are dropped (they reach us from
 *    broken CMS exports and mean nothing to a reader);
 * 3. zero-width spaces and the BOM are dropped, but ZWNJ/ZWJ stay: they shape Arabic script;
 * 4. every run of white space (NBSP included) becomes one space, and the ends are trimmed.
 */

const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ZERO_WIDTH_SPACE_RE = /[\u200B\u2060\uFEFF]/g;
const SPACE_RUN_RE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const REPLACEMENT_CHAR = '\uFFFD';

/** A string safe to store: well-formed UTF-16 without control characters. */
export function safeString(text: string): string {
  return text.replace(LONE_SURROGATE_RE, REPLACEMENT_CHAR).replace(CONTROL_RE, '').replace(ZERO_WIDTH_SPACE_RE, '');
}

/** One line of display text: safe, white space collapsed, trimmed. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return safeString(text).replace(SPACE_RUN_RE, ' ').trim();
}

// What cleanText keeps: anything but white space, controls and zero-width spaces.
const VISIBLE_RE = /[^\s\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B\u2060]/;

/** Whether cleanText would leave anything of this text (without building the cleaned string). */
export function hasVisibleText(text: string): boolean {
  return VISIBLE_RE.test(text);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  laquo: '\u00AB',
  raquo: '\u00BB',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201D',
  ldquo: '\u201C',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  bull: '\u2022',
  middot: '\u00B7',
  deg: '\u00B0',
  times: '\u00D7',
  euro: '\u20AC',
  shy: '\u00AD',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '\u200E',
  rlm: '\u200F',
};

/**
 * Decodes character references left inside attribute-free text such as JSON-LD strings
 * (publishers often HTML-escape them: `&quot;`), and numeric ones of any kind.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // Numeric references of any length: past U+10FFFF they are U+FFFD, as HTML parsers read them.
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]{2,8});/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : REPLACEMENT_CHAR;
    }
    return HTML_ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/** Clips text to `max` characters at a word boundary when one is near, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.7 ? cut.slice(0, space) : cut).trim();
}

/** A comparison key: letters and digits only, no diacritics or tatweel, lower case (for dedup and equality checks). */
export { compareKey } from './compare-key.js';
