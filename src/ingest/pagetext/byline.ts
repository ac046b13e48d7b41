import type { Byline } from '../../article/byline.js';
import { isAgency, splitCredit } from './credit.js';
import { BYLINE_LEADS } from './rules/byline-words.js';
import { LEFT_GUILLEMET, RIGHT_GUILLEMET } from './rules/punctuation.js';
import { countWords, firstWord, foldKey, hasDigit } from './text.js';

// A byline is names, not prose: at most a few authors of a few words each.
const MAX_AUTHORS = 4;
const MAX_NAME_WORDS = 5;
const MAX_NAMES_WORDS = 10;
const MAX_SOURCE_WORDS = 6;
const MAX_PLACE_WORDS = 4;
const MAX_CHARS = 120;
// Two authors are joined by « و » (spaced: «وليد» is one name) or by a comma.
const AUTHOR_SEPARATOR_RE = /\s+و\s+|\s*[،,]\s*/u;
const NOT_NAME_RE = /[.!?؟:;؛…()«»"]/u;
const EDGE_MARKS_RE = /^[\s:\-–—،,]+|[\s:\-–—،,]+$/gu;
const leads = BYLINE_LEADS.map(foldKey);

/** A byline read from one line, and whether the line has a byline's shape. */
export interface ReadByline {
  byline: Byline;
  shaped: boolean;
}

/**
 * Splits a byline line: `«المصدر» (المدينة)`, `الاسم (المدينة)`, `المدينة: «المصدر»`,
 * `اسم و اسم`, `الاسم`. The dateline is the final parenthesis or a place before a colon, the
 * source is in guillemets, the rest are authors; a lone agency name counts as the source.
 * Null when nothing is left.
 */
export function readByline(text: string): ReadByline | null {
  let rest = text;
  let dateline: string | null = null;
  let shaped = text.length <= MAX_CHARS;
  const paren = splitCredit(rest);
  if (paren) {
    dateline = paren.credit;
    rest = paren.caption;
    const place = countWords(dateline, MAX_PLACE_WORDS) <= MAX_PLACE_WORDS;
    if (!place || hasDigit(dateline) || NOT_NAME_RE.test(dateline)) shaped = false;
  }
  rest = dropLead(rest.trim());
  // The Arabic dateline form «المدينة: الاسم» puts the place before a colon.
  const colon = rest.indexOf(':');
  if (dateline === null && colon > 0) {
    const place = rest.slice(0, colon).trim();
    if (place && countWords(place, MAX_PLACE_WORDS) <= MAX_PLACE_WORDS && !hasDigit(place) && !NOT_NAME_RE.test(place)) {
      dateline = place;
      rest = rest.slice(colon + 1);
    }
  }
  let source: string | null = null;
  const open = rest.indexOf(LEFT_GUILLEMET);
  const close = open < 0 ? -1 : rest.indexOf(RIGHT_GUILLEMET, open + 1);
  if (close > open + 1) {
    source = rest.slice(open + 1, close).trim() || null;
    rest = `${rest.slice(0, open)} ${rest.slice(close + 1)}`;
    if (source && countWords(source, MAX_SOURCE_WORDS) > MAX_SOURCE_WORDS) shaped = false;
  }
  rest = rest.replace(EDGE_MARKS_RE, '');
  const authors = rest === '' ? [] : rest.split(AUTHOR_SEPARATOR_RE).map((a) => a.trim()).filter(Boolean);
  if (!source && authors.length === 1 && isAgency(authors[0]!)) {
    source = authors[0]!;
    authors.length = 0;
  }
  if (authors.length === 0 && !source && !dateline) return null;
  if (NOT_NAME_RE.test(rest) || hasDigit(rest) || authors.length > MAX_AUTHORS) shaped = false;
  if (countWords(rest, MAX_NAMES_WORDS) > MAX_NAMES_WORDS) shaped = false;
  if (authors.some((a) => countWords(a, MAX_NAME_WORDS) > MAX_NAME_WORDS)) shaped = false;
  return { byline: { authors, source, dateline }, shaped };
}

/** Whether a line looks like a byline (names, a source, a dateline) rather than prose or a caption. */
export function isBylineShaped(text: string): boolean {
  return readByline(text)?.shaped ?? false;
}

function dropLead(text: string): string {
  const first = firstWord(text);
  if (first === '') return text;
  const bare = foldKey(first).replace(/:$/u, '');
  if (!leads.includes(bare)) return text;
  return text.slice(text.indexOf(first) + first.length).replace(EDGE_MARKS_RE, '');
}
