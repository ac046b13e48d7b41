/**
 * Splits Arabic (and mixed) prose into sentences, with UTF-16 offsets into the original text.
 *
 * Rules:
 *  - A sentence ends after . ! ? ؟ … (or a run of them, «؟!», «..»), together with the closing
 *    quote marks and brackets that follow («قال: "نعم."» ends after the last quote).
 *  - A line break always ends a sentence: news paragraphs are separate.
 *  - Not inside balanced quotes «…» or “…”: a quoted statement is part of its sentence. A quote
 *    mark that is never closed quotes nothing, so the rest of the text still splits.
 *  - Not a dot between digits (3.5) nor a dot after a one-letter abbreviation («د.», «م.», «U.S.»).
 * Sentences are trimmed; blank ones are dropped.
 */
import { ARABIC_FULL_STOP, ARABIC_QUESTION_MARK, LEFT_GUILLEMET, RIGHT_GUILLEMET } from './letters.js';

/** One sentence and its place in the original text. */
export interface Sentence {
  /** `text === source.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TERMINATORS = new Set(['.', '!', '?', ARABIC_QUESTION_MARK, ARABIC_FULL_STOP, '\u2026']);
/** Marks that close a quote or a parenthesis and stay with the sentence they end. */
const CLOSERS = new Set([RIGHT_GUILLEMET, '\u201D', '\u2019', '"', "'", ')', ']']);
/** Quote pairs whose inside is never split. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  [LEFT_GUILLEMET, RIGHT_GUILLEMET],
  ['\u201C', '\u201D'],
]);
const LINE_BREAK_RE = /[\n\r\u2028\u2029]/;
const DIGIT_RE = /\p{Nd}/u;
const LETTER_RE = /\p{L}/u;

/** Marks, per index, whether the character is inside a balanced quote (line by line). */
function quotedSpans(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let open: { at: number; closer: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (LINE_BREAK_RE.test(ch)) open = null; // an unclosed quote ends with its paragraph
    else if (open && ch === open.closer) {
      inside.fill(1, open.at + 1, i);
      open = null;
    } else if (!open && QUOTE_PAIRS.has(ch)) open = { at: i, closer: QUOTE_PAIRS.get(ch)! };
  }
  return inside;
}

function isDecimalOrAbbreviation(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  if (DIGIT_RE.test(text[i - 1] ?? '') && DIGIT_RE.test(text[i + 1] ?? '')) return true;
  // A lone letter before the dot («د. محمد», «U.S.») is an initial, not a sentence.
  return LETTER_RE.test(text[i - 1] ?? '') && !LETTER_RE.test(text[i - 2] ?? '');
}

/** The sentences of a text, in order, with their offsets. */
export function splitSentences(text: string): Sentence[] {
  const quoted = quotedSpans(text);
  const sentences: Sentence[] = [];
  const push = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ text: text.slice(start, end), start, end });
  };
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (LINE_BREAK_RE.test(ch)) {
      push(from, i);
      from = i + 1;
    } else if (TERMINATORS.has(ch) && !quoted[i] && !isDecimalOrAbbreviation(text, i)) {
      let end = i + 1;
      while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
      push(from, end);
      from = end;
      i = end - 1;
    }
  }
  push(from, text.length);
  return sentences;
}
