/**
 * Facts read from the page's visible markup rather than its metadata: the article's `<h1>`,
 * the deck element under it, and the byline element. Class names are data (whole class tokens:
 * `live-summary` is a list of key points, not a deck).
 */
import type { PageScan } from './page-scan.js';
import { blockText } from './dom.js';
import { cleanText } from './text.js';

/** Classes of deck elements (whole tokens of the lower-cased class). */
export const DECK_CLASS_RE =
  /(?:^|\s)(?:standfirst|subtitle|sub-?title|article-?subtitle|article-?sub-?title|lead|article-?lead|lede|summary|article-?summary|excerpt|post-?excerpt|entry-?summary|dek|deck|strapline|intro|article-?intro|shortdesc|sub-?headline|article__subtitle|article__lead)(?:\s|$)/;
/** Classes of byline elements (whole tokens of the lower-cased class). */
export const BYLINE_CLASS_RE =
  /(?:^|\s)(?:byline|by-?line|author|author-?name|article-?author|post-?author|story-?author|writer|writer-?name|entry-?author|article__author|c-byline)(?:\s|$)/;
/** Elements a deck may be. */
export const DECK_TAGS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'div', 'span', 'strong']);

const MIN_DECK_CHARS = 20;
const MAX_DECK_CHARS = 600;
const MAX_BYLINE_CHARS = 90;


/** The article's `<h1>`: the first inside `<article>`/`<main>`, else the first of two words or more. */
export function articleH1(scan: PageScan): string | null {
  let fallback: string | null = null;
  for (const { el, inArticle } of scan.h1s) {
    const t = cleanText(blockText(el));
    if (!t) continue;
    if (inArticle) return t;
    if (!fallback && t.split(' ').length >= 2) fallback = t;
  }
  return fallback;
}

/** The text of the first element classed as a deck (standfirst, subtitle, lead…). */
export function deckElementText(scan: PageScan): string | null {
  for (const { el, cls } of scan.classed) {
    if (!DECK_TAGS.has(el.localName) || !DECK_CLASS_RE.test(cls)) continue;
    const t = cleanText(blockText(el));
    if (t.length >= MIN_DECK_CHARS && t.length <= MAX_DECK_CHARS) return t;
  }
  return null;
}

/** The text of the first byline element (`rel=author`, or a byline/author class). */
export function bylineElementText(scan: PageScan): string | null {
  for (const { el, cls, rel } of scan.classed) {
    if (!/(?:^|\s)author(?:\s|$)/.test(rel) && !BYLINE_CLASS_RE.test(cls)) continue;
    const t = cleanText(blockText(el));
    if (t && t.length <= MAX_BYLINE_CHARS) return t;
  }
  return null;
}
