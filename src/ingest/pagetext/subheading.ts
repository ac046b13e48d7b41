import { LEFT_GUILLEMET, PROSE_ENDINGS, RIGHT_GUILLEMET } from './rules/punctuation.js';
import { countChar, countWords, hasInnerSentenceEnd, hasLetter, lastMark } from './text.js';

// A subheading is a title, not a sentence: a few words, one line. Longer lines are prose even
// without a final stop (dumps cut some paragraphs short).
const MAX_WORDS = 14;
const MAX_CHARS = 120;
const LIST_ITEM_RE = /^[-–—•*·]\s/u;

/**
 * Whether a body line is a subheading. Rules, in order:
 * - it ends in prose punctuation (. ! … : ، ؛) → paragraph; a question mark is allowed;
 * - it is longer than a title (MAX_WORDS / MAX_CHARS) → paragraph;
 * - it holds two sentences → paragraph;
 * - it opens or closes a quotation without the other half («… across two paragraphs) → paragraph;
 * - it is a list item or has no letter → paragraph;
 * - otherwise a subheading (a colon inside is fine: «الوزير: لا تراجع»).
 */
export function isSubheading(text: string): boolean {
  if (text.length > MAX_CHARS || !hasLetter(text)) return false;
  if (PROSE_ENDINGS.has(lastMark(text))) return false;
  if (countWords(text, MAX_WORDS) > MAX_WORDS) return false;
  if (hasInnerSentenceEnd(text)) return false;
  if (countChar(text, LEFT_GUILLEMET) !== countChar(text, RIGHT_GUILLEMET)) return false;
  return !LIST_ITEM_RE.test(text);
}
