/**
 * The credit splitter: a caption text becomes caption + credit. In order:
 * 1. a marker word («تصوير: كريم منصور», «(المصدر: بلدية السوسن)») → what follows it;
 * 2. a parenthesised ending of a few words («(أ.ف.ب)», «(الإعلام الروسي)») → its content,
 *    unless it is a note such as «(أرشيفية)»;
 * 3. a known agency after a dash or slash («… - رويترز») → the agency.
 * The caption keeps its own final punctuation; the credit loses markers and brackets.
 */
import { AGENCIES, CREDIT_MARKERS, MAX_CREDIT_WORDS, NOT_CREDIT_RE } from './credit-rules.js';
import { cleanText, compareKey } from './text.js';

/** A caption split from its credit. */
export interface CaptionCredit {
  caption: string;
  credit: string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARKER_RE = new RegExp(
  `(?:^|[\\s(\\[،,\\-–|/])\\(?\\s*(?:${CREDIT_MARKERS.map((m) => `${escape(m.word)}${m.colon ? '\\s*[:：]' : '\\s*[:：]?'}`).join('|')})\\s*`,
  'iu',
);
// Inside a credit already found: «تصوير منى سعيد» → «منى سعيد».
const LEADING_MARKER_RE = new RegExp(`^(?:${CREDIT_MARKERS.map((m) => escape(m.word)).join('|')})\\s*[:：]?\\s*`, 'iu');
const TRAILING_PARENS_RE = /\(([^()]{1,80})\)\s*[.،]?\s*$/u;
const AGENCY_KEYS = new Set(AGENCIES.map(compareKey));
const DASH_SUFFIX_RE = /\s[-–—/|]\s*([^-–—/|]{1,40})$/u;
const CAPTION_TAIL_RE = /[\s\-–—/|،,:(]+$/u;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Tidies a credit: no brackets, guillemets or trailing full stop. */
export function cleanCredit(raw: string): string | null {
  const c = cleanText(raw).replace(/^[([«"]+|[)\]»".،]+$/gu, '').trim().replace(LEADING_MARKER_RE, '').trim();
  return c || null;
}

/** Whether a text is a bare agency name («رويترز», «أ.ف.ب»). */
export function isAgency(text: string): boolean {
  return AGENCY_KEYS.has(compareKey(text));
}

/** Splits a caption text into caption and credit. */
export function splitCredit(raw: string): CaptionCredit {
  const text = cleanText(raw);
  const marker = MARKER_RE.exec(text);
  if (marker && marker.index + marker[0].length < text.length) {
    const credit = cleanCredit(text.slice(marker.index + marker[0].length));
    const caption = text.slice(0, marker.index).replace(CAPTION_TAIL_RE, '');
    if (credit && words(credit) <= MAX_CREDIT_WORDS * 2) return { caption, credit };
  }
  const parens = TRAILING_PARENS_RE.exec(text);
  if (parens?.[1]) {
    const inner = parens[1].trim();
    if (words(inner) <= MAX_CREDIT_WORDS && !NOT_CREDIT_RE.test(inner)) {
      return { caption: text.slice(0, parens.index).replace(CAPTION_TAIL_RE, ''), credit: cleanCredit(inner) };
    }
  }
  const dash = DASH_SUFFIX_RE.exec(text);
  if (dash?.[1] && isAgency(dash[1])) {
    return { caption: text.slice(0, dash.index).replace(CAPTION_TAIL_RE, ''), credit: cleanText(dash[1]) };
  }
  return { caption: text, credit: null };
}

/** Caption and credit when the page marks the credit with its own element (`<small>`, `.credit`). */
export function joinCreditElement(captionText: string, creditText: string): CaptionCredit {
  const credit = cleanCredit(creditText);
  let caption = cleanText(captionText);
  const at = credit ? caption.lastIndexOf(cleanText(creditText)) : -1;
  if (at >= 0) caption = caption.slice(0, at) + caption.slice(at + cleanText(creditText).length);
  caption = caption.replace(/\(\s*\)/g, '').replace(CAPTION_TAIL_RE, '').trim();
  return { caption, credit };
}
