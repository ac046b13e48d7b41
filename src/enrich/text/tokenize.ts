/**
 * Splits a text into words and punctuation marks, each with its UTF-16 offsets.
 *
 * src/arabic/tokenize.ts drops punctuation; attribution needs it (the colon after «قال», the
 * guillemets, the full stop that ends a clause), so this tokenizer keeps every mark as a token.
 * A word is a run of letters, digits, diacritics, tatweel and joiners; anything else that is not
 * a space is a one-character punctuation token.
 */
import { cliticReadings, type CliticReading } from './clitics.js';
import { keyOf } from './key.js';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct';

/** A word or punctuation mark with its offsets in the text it came from. */
export interface Token {
  readonly text: string;
  /** The match key (see key.ts); for punctuation, the mark itself. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** The clitic readings of the key (see clitics.ts), worked out once per token. */
  readonly readings: readonly CliticReading[];
  /** Lookups already done on this token, by table (see PhraseTable.match); internal. */
  memo?: unknown[];
  memoGeneration?: number;
}

const NO_READINGS: readonly CliticReading[] = [];

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}\u0640\u200C\u200D]/u;

/** Whether a character belongs to a word: fast paths for Arabic and ASCII, the regex for the rest. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x0621 && c <= 0x065f) return true;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR_RE.test(text[i]!);
}

/** Whether a character is a space of any kind: fast path for the usual ones. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) return true;
  return c > 0x7f && /\s/.test(text[i]!);
}
const DIGIT_RE = /^[\p{N}.,٫]+$/u;

/** Tokenizes `text`: «قال: «نعم»» → قال | : | « | نعم | » | ». */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    if (!isWordChar(text, i)) {
      out.push({ text: ch, key: ch, start: i, end: i + 1, kind: 'punct', readings: NO_READINGS });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordChar(text, j)) j++;
    // A decimal point between digits stays inside the number: «3.5».
    while (j + 1 < text.length && /[.,٫]/.test(text[j]!) && /\p{N}/u.test(text[j - 1]!) && /\p{N}/u.test(text[j + 1]!)) {
      j += 2;
      while (j < text.length && isWordChar(text, j)) j++;
    }
    const raw = text.slice(i, j);
    const key = keyOf(raw);
    out.push({ text: raw, key, start: i, end: j, kind: DIGIT_RE.test(raw) ? 'number' : 'word', readings: cliticReadings(key) });
    i = j;
  }
  return out;
}
