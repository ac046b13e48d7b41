import { creditKind, splitCredit, type Credited } from './credit.js';
import { LEFT_GUILLEMET, PROSE_ENDINGS, RIGHT_GUILLEMET } from './rules/punctuation.js';
import { countChar, countWords, hasInnerSentenceEnd, lastMark } from './text.js';

// Captions are one or two clauses; a longer line ending in parentheses is prose that happens to.
const MAX_AGENCY_CAPTION_WORDS = 60;
const MAX_SOURCE_CAPTION_WORDS = 40;

/**
 * Reads a body line as a photo caption when it ends in a credit in parentheses.
 * An agency credit (or one already seen on a lead photo of this dump) is enough on a line of
 * caption length; a plain source also needs a caption-shaped text: no final prose mark, one
 * sentence, quotation marks balanced (prose that ends «… اليوم (الجمعة)» stays prose).
 */
export function asBodyImage(text: string, knownCredits: ReadonlySet<string>): Credited | null {
  const split = splitCredit(text);
  if (!split) return null;
  const kind = creditKind(split.credit, knownCredits);
  if (!kind) return null;
  const n = countWords(split.caption, MAX_AGENCY_CAPTION_WORDS);
  const mark = lastMark(split.caption);
  if (kind === 'agency') return n <= MAX_AGENCY_CAPTION_WORDS && mark !== ':' ? split : null;
  if (n === 0 || n > MAX_SOURCE_CAPTION_WORDS || PROSE_ENDINGS.has(mark)) return null;
  if (hasInnerSentenceEnd(split.caption)) return null;
  if (countChar(split.caption, LEFT_GUILLEMET) !== countChar(split.caption, RIGHT_GUILLEMET)) return null;
  return split;
}
