/**
 * The match key of a word: the form gazetteers and lexicons are looked up by.
 *
 * Rules (each is one character to one or none, so a key index maps back to the text):
 *  1. Diacritics and tatweel are dropped: «عُقِدَ» → «عقد», «لـ» → «ل».
 *  2. Alef with hamza or madda, and alef wasla, → bare alef: writers drop the hamza.
 *  3. Alef maqsura → yeh: «على» is often typed «علي».
 *  4. Taa marbuta → heh: the dots are often dropped.
 *  5. Invisible marks (ZWNJ, ZWJ, LRM, RLM, ALM) are dropped.
 *  6. Latin letters are lower-cased.
 * Unlike src/arabic/normalize.ts, hamza on waw/yeh is kept: it never changes the letter count.
 */
import {
  ALEF,
  ALEF_HAMZA_ABOVE,
  ALEF_HAMZA_BELOW,
  ALEF_MADDA,
  ALEF_MAQSURA,
  ALEF_WASLA,
  HEH,
  TATWEEL,
  TEH_MARBUTA,
  YEH,
} from '../../arabic/letters.js';

const DROP_RE = /[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u200B-\u200F\u061C]/;

const FOLD: ReadonlyMap<string, string> = new Map([
  [ALEF_HAMZA_ABOVE, ALEF],
  [ALEF_HAMZA_BELOW, ALEF],
  [ALEF_MADDA, ALEF],
  [ALEF_WASLA, ALEF],
  [ALEF_MAQSURA, YEH],
  [TEH_MARBUTA, HEH],
]);

/** The key of one character: '' when it is dropped. */
export function keyChar(ch: string): string {
  if (ch === TATWEEL || DROP_RE.test(ch)) return '';
  return FOLD.get(ch) ?? ch.toLowerCase();
}

/** Keys of the Arabic block (U+0600–U+06FF), worked out once: keyOf runs on every word. */
const ARABIC_BLOCK: readonly string[] = Array.from({ length: 0x100 }, (_, n) => keyChar(String.fromCharCode(0x600 + n)));

/** The match key of a text by the rules above: «الرئيسُ الروسيّ» → «الرئيس الروسي». */
export function keyOf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) out += ARABIC_BLOCK[c - 0x600]!;
    else if (c < 0x80) out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text[i]!;
    else out += keyChar(text[i]!);
  }
  return out;
}

const PLAIN_PHRASE_RE = /^[\u0621-\u064Aa-z0-9]+(?: [\u0621-\u064Aa-z0-9]+)*$/;

/** The key of a phrase: words keyed and joined by one space, punctuation dropped. */
export function phraseKey(text: string): string {
  const key = keyOf(text);
  // Most phrases are already clean words with single spaces.
  if (PLAIN_PHRASE_RE.test(key)) return key;
  return key
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** The offset in `raw` just after its first `n` key characters (for trimming clitics off a word). */
export function rawOffsetAfterKeyChars(raw: string, n: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < n) {
    if (keyChar(raw[i]!) !== '') seen++;
    i++;
  }
  // Diacritics and tatweel that ride on the last consumed letter stay with it: «لـ».
  while (i < raw.length && keyChar(raw[i]!) === '') i++;
  return i;
}

/** The key with alef maqsura kept: tells «على» (a preposition) from «علي» (a name). */
export function keyKeepingMaqsura(text: string): string {
  let out = '';
  for (const ch of text) out += ch === ALEF_MAQSURA ? ch : keyChar(ch);
  return out;
}
