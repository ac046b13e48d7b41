/**
 * Finds the words of a text and where they are in it.
 *
 * A token is a run of one kind of character, with its UTF-16 [start, end) offsets in the
 * ORIGINAL text (for highlighting the unstemmed words and for entity offsets):
 *  - `arabic`: Arabic letters, with their diacritics and tatweel, presentation forms included;
 *  - `number`: digits of any script, with one decimal separator between digits kept inside
 *    (3.5, 3,5, ٣٫٥); a hyphen or slash splits (85-90 → 85 | 90, 2017/03/08 → three numbers);
 *  - `alnum`: letters of other scripts, with any digits that touch them (covid19, mp3, g20).
 * A change of script splits: «الـ28» → «الـ» | «28»; «تونسTV» → «تونس» | «TV».
 * Joiners and direction marks (ZWNJ, ZWJ, LRM, RLM…) stay inside a word but never start or end one.
 * Everything else (spaces, punctuation, quote marks, symbols, emoji) separates tokens.
 */
import { ARABIC_DECIMAL_SEPARATOR, isArabicCodePoint } from './letters.js';

/** What kind of characters a token is made of. */
export type TokenKind = 'arabic' | 'number' | 'alnum';

/** A word as it appears in the original text, with its UTF-16 offsets there. */
export interface Token {
  /** The original characters, unnormalised: `text === source.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

const enum Cls {
  Separator,
  Arabic,
  Digit,
  Letter,
  Mark,
  Joiner,
}

const DECIMAL_SEPARATORS = new Set(['.', ',', ARABIC_DECIMAL_SEPARATOR].map((c) => c.charCodeAt(0)));

// Made once: classify runs for every BMP code point at start, and a bundler may turn a regex
// literal with \p{…} into a `new RegExp` per call.
const DIGIT_RE = /\p{Nd}/u;
const FORMAT_RE = /\p{Cf}/u;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}]/u;
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;

function classify(cp: number): Cls {
  const ch = String.fromCodePoint(cp);
  if (DIGIT_RE.test(ch)) return Cls.Digit;
  if (FORMAT_RE.test(ch)) return cp >= 0x0600 && cp <= 0x0605 ? Cls.Separator : Cls.Joiner;
  if (isArabicCodePoint(cp)) return LETTER_OR_MARK_RE.test(ch) ? Cls.Arabic : Cls.Separator;
  if (LETTER_RE.test(ch)) return Cls.Letter;
  if (MARK_RE.test(ch)) return Cls.Mark;
  return Cls.Separator;
}

/**
 * Class of every BMP code point, computed on the first tokenization (not at load: a serving
 * process that only reads pages never tokenizes) so the scan does one array read a character.
 */
let bmpClass: Uint8Array | undefined;

function buildBmpClass(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) table[cp] = cp >= 0xd800 && cp <= 0xdfff ? Cls.Separator : classify(cp);
  return table;
}

function classAt(table: Uint8Array, cp: number): Cls {
  return cp < 0x10000 ? (table[cp] as Cls) : classify(cp);
}

/** Splits text into arabic, number and alnum tokens with their offsets in `text`. */
export function tokenize(text: string): Token[] {
  const table = (bmpClass ??= buildBmpClass());
  const tokens: Token[] = [];
  let kind = null as TokenKind | null; // widened: the closures below change it
  let start = 0;
  let end = 0; // end of the last real (non-joiner) character of the open token
  const close = (): void => {
    if (kind !== null) tokens.push({ text: text.slice(start, end), start, end, kind });
    kind = null;
  };
  const open = (k: TokenKind, at: number): void => {
    close();
    kind = k;
    start = at;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    switch (classAt(table, cp)) {
      case Cls.Arabic:
        if (kind !== 'arabic') open('arabic', i);
        end = i + width;
        break;
      case Cls.Digit:
        if (kind !== 'number' && kind !== 'alnum') open('number', i);
        end = i + width;
        break;
      case Cls.Letter:
        if (kind === 'number') kind = 'alnum'; // «3g»: digits then letters make one alphanumeric word
        else if (kind !== 'alnum') open('alnum', i);
        end = i + width;
        break;
      case Cls.Mark:
        if (kind !== null && end === i) end = i + width; // a combining mark belongs to the letter before it
        break;
      case Cls.Joiner:
        break; // kept inside a word only if a word character follows (see `end`)
      case Cls.Separator:
        if (kind === 'number' && end === i && isDecimalBetweenDigits(table, text, i)) end = i + 1;
        else close();
        break;
    }
    i += width;
  }
  close();
  return tokens;
}

function isDecimalBetweenDigits(table: Uint8Array, text: string, i: number): boolean {
  if (!DECIMAL_SEPARATORS.has(text.charCodeAt(i))) return false;
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  return classAt(table, prev) === Cls.Digit && !Number.isNaN(next) && classAt(table, next) === Cls.Digit;
}
