/**
 * The headline and deck from the candidates a page offers. Titles carry the site's name
 * («… | المدار», «الضاد :: أخبار محلية :: …»); JSON-LD headlines are often cut at 110
 * characters for search engines; `<h1>` is sometimes the logo. So candidates are cleaned
 * of site names, then the first one that another candidate confirms wins.
 */
import { compareKey } from './text.js';

/** Headline candidates, most trusted first: each source's raw text or null. */
export interface HeadlineCandidates {
  og: string | null;
  jsonLd: string | null;
  twitter: string | null;
  microdata: string | null;
  h1: string | null;
  title: string | null;
}

/** Separators between a headline and the site's name or section in titles. */
const SEPARATOR_RE = /\s+(?:[|–—:»«•·~]|::|-|\/)\s+/u;
// In a bare <title>, edge segments this short are site names or section labels.
const MAX_LABEL_WORDS = 3;
const MIN_HEADLINE_WORDS = 4;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A title without the site's name at either end (`siteNames` compared loosely). */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const keys = new Set(siteNames.map(compareKey).filter(Boolean));
  const parts = title.split(SEPARATOR_RE);
  while (parts.length > 1 && keys.has(compareKey(parts[parts.length - 1]!))) parts.pop();
  while (parts.length > 1 && keys.has(compareKey(parts[0]!))) parts.shift();
  return rejoin(title, parts);
}

/** Rebuilds the title from the kept segments with their original separators. */
function rejoin(title: string, parts: string[]): string {
  if (parts.length === 0) return '';
  const first = title.indexOf(parts[0]!);
  const last = parts[parts.length - 1]!;
  const end = title.lastIndexOf(last) + last.length;
  return first >= 0 && end > first ? title.slice(first, end).trim() : parts.join(' ').trim();
}

/** For a bare `<title>`: drops short label segments at the edges when a real headline remains. */
export function stripTitleLabels(title: string): string {
  const parts = title.split(SEPARATOR_RE);
  const isLabel = (p: string) => wordCount(p) <= MAX_LABEL_WORDS;
  if (!parts.some((p) => wordCount(p) >= MIN_HEADLINE_WORDS)) return title.trim();
  while (parts.length > 1 && isLabel(parts[parts.length - 1]!)) parts.pop();
  while (parts.length > 1 && isLabel(parts[0]!)) parts.shift();
  return rejoin(title, parts);
}

/** The headline: the most trusted candidate that another confirms, else the most trusted one. */
export function chooseHeadline(c: HeadlineCandidates, siteNames: readonly string[]): string | null {
  const clean = (s: string | null) => (s ? stripSiteName(s, siteNames) : '');
  const ordered = [clean(c.og), clean(c.jsonLd), clean(c.twitter), clean(c.microdata), clean(c.h1)];
  const title = c.title ? stripTitleLabels(clean(c.title)) : '';
  const all = [...ordered, title].filter(Boolean);
  if (!all.length) return null;
  const keys = all.map(compareKey);
  for (let i = 0; i < all.length; i++) {
    const k = keys[i]!;
    if (k && keys.some((o, j) => j !== i && o === k)) return all[i]!;
  }
  // Nothing agrees exactly: a candidate that another one contains with a label attached
  // (h1 inside «h1 | Site») is the headline without the label.
  for (let i = 0; i < all.length; i++) {
    const k = keys[i]!;
    if (k && wordCount(k) >= 2 && keys.some((o, j) => j !== i && o.length > k.length && (o.startsWith(k) || o.endsWith(k)))) {
      return all[i]!;
    }
  }
  return all[0]!;
}

// A description this short is a site slogan or a stray separator («| Lebanon News»).
const MIN_DECK_WORDS = 4;

/** Whether a description can be the article's deck (not empty, not a slogan, not the headline). */
export function plausibleDeck(description: string | null, headline: string | null, siteNames: readonly string[]): boolean {
  if (!description) return false;
  const key = compareKey(description);
  if (wordCount(key) < MIN_DECK_WORDS) return false;
  if (headline && key === compareKey(headline)) return false;
  return !siteNames.some((s) => compareKey(s) === key);
}
