import { stripDiacritics } from '../../arabic/diacritics.js';
import { ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA } from '../../arabic/letters.js';
import { CLOSERS, SENTENCE_ENDS } from './rules/punctuation.js';

const SPACE_RUN_RE = /\s+/gu;
const HAMZA_ALEF_RE = new RegExp(`[${ALEF_HAMZA_ABOVE}${ALEF_HAMZA_BELOW}${ALEF_MADDA}]`, 'gu');
const DIGIT_RE = /\p{Nd}/u;
const LETTER_RE = /\p{L}/u;

/** A comparison key: whitespace runs folded to one space (two copies of a line may differ only there). */
export function key(text: string): string {
  return text.replace(SPACE_RUN_RE, ' ').trim();
}

/** Whether two texts are equal up to whitespace runs (key(a) === key(b)), without building either key. */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    const sa = i < a.length && isSpace(a.charCodeAt(i));
    const sb = j < b.length && isSpace(b.charCodeAt(j));
    if (sa !== sb) return false;
    if (sa) {
      while (i < a.length && isSpace(a.charCodeAt(i))) i++;
      while (j < b.length && isSpace(b.charCodeAt(j))) j++;
      continue;
    }
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/** A looser key for rule data: key() without diacritics, with alef forms folded, lower-cased. */
export function foldKey(text: string): string {
  return stripDiacritics(key(text)).replace(HAMZA_ALEF_RE, ALEF).toLowerCase();
}

/** The words of a text, split on whitespace. */
export function words(text: string): string[] {
  const k = key(text);
  return k ? k.split(' ') : [];
}

/** How many words a text has, counting no further than `cap + 1` (enough to compare with a bound). */
export function countWords(text: string, cap = Number.MAX_SAFE_INTEGER): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= cap; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The first word of a text, or ''. */
export function firstWord(text: string): string {
  return text.trimStart().split(/\s/u, 1)[0] ?? '';
}

/** Start offsets of each word in `text`, so splits keep the dump's exact characters. */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) starts.push(i);
    inWord = !space;
  }
  return starts;
}

/** Splits `text` after its first `n` words: [head, tail], both trimmed. */
export function splitAfterWords(text: string, n: number): [string, string] {
  const starts = wordStarts(text);
  const cut = starts[n];
  if (cut === undefined) return [text.trim(), ''];
  return [text.slice(0, cut).trim(), text.slice(cut).trim()];
}

/** The line's last meaningful mark, looking through closing quotes and brackets. */
export function lastMark(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.has(text[i]!) || isSpace(text.charCodeAt(i)))) i--;
  return i >= 0 ? text[i]! : '';
}

/** Whether a sentence ends inside the line and more text follows (two sentences or more). */
export function hasInnerSentenceEnd(text: string): boolean {
  const end = text.length - 1;
  for (let i = 0; i < end; i++) {
    if (!SENTENCE_ENDS.has(text[i]!)) continue;
    // A run of marks («؟!», «...») counts once; a mark inside a number (3.5) is no end.
    let j = i + 1;
    while (j <= end && (SENTENCE_ENDS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    if (j <= end && isSpace(text.charCodeAt(j))) {
      while (j <= end && isSpace(text.charCodeAt(j))) j++;
      if (j <= end) return true;
    }
    i = j - 1;
  }
  return false;
}

/** Counts occurrences of one character. */
export function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Whether the text has a digit of any script. */
export function hasDigit(text: string): boolean {
  return DIGIT_RE.test(text);
}

/** Whether the text has a letter of any script. */
export function hasLetter(text: string): boolean {
  return LETTER_RE.test(text);
}

function isSpace(code: number): boolean {
  // The characters String.prototype.trim removes that occur in practice.
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 ||
    code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f ||
    code === 0x3000;
}
