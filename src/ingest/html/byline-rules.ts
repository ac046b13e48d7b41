/**
 * Byline wording as data. Arabic newsrooms introduce writers with a verb or a noun
 * («كتب:», «كتبت:», «بقلم», «إعداد:», «تقرير:»); English-language CMS templates say "By".
 */

/** Words that introduce the writers' names, matched at the start of a byline. */
export const BYLINE_PREFIXES: readonly string[] = [
  'بقلم',
  'كتب',
  'كتبت',
  'كتبه',
  'كتبها',
  'إعداد',
  'اعداد',
  'تقرير',
  'تحرير',
  'بواسطة',
  'المحرر',
  'by',
];

/** Separators between several writers' names (the «و» joiner is handled apart: see splitAuthors). */
export const AUTHOR_SEPARATORS_RE = /\s*(?:[،,;&]|\band\b)\s*/u;

/** A writer's name never holds these: digits, addresses, handles, or sentence punctuation. */
export const NOT_A_NAME_RE = /[0-9٠-٩@/:|؟?!.«»"]|https?|www\./iu;

/** Longest plausible name of one writer, in characters and in words (with «بن», «عبد», «أبو»). */
export const MAX_AUTHOR_CHARS = 60;
export const MAX_AUTHOR_WORDS = 5;

/** Longest text that can be a byline line inside a body. */
export const MAX_BYLINE_LINE_CHARS = 90;

/**
 * A dateline opens the first paragraph: one to three words (the city) then a dash, e.g.
 * «الواحة - أقرّ المجلس…», optionally followed by the source in guillemets or parentheses
 * («بيروت - «المدن»:»). Colons are not accepted as the separator: «وقال الوزير:» is speech.
 */
export const DATELINE_RE =
  /^((?:[\p{Script=Arabic}\p{L}]+\s){0,2}[\p{Script=Arabic}\p{L}]+)\s+[-–—]\s+(?:[«(]([^»)]{1,40})[»)]\s*[:-]?\s*)?/u;
