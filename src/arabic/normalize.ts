/**
 * Orthographic normalisation of Arabic text, so that spelling variants meet on one form.
 *
 * Rules, in the order they apply:
 *  1. Unicode NFKC: presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) and the lam-alef
 *     ligatures become ordinary letters (ﻻ → لا, ﷲ → الله); a combining hamza or madda
 *     (U+0653–U+0655) fuses with its alef; full-width Latin becomes ASCII.
 *  2. Diacritics (harakat, tanween, shadda, sukun, Qur'anic marks) and tatweel are removed:
 *     «عُقِد» → «عقد», «جـــديد» → «جديد».
 *  3. Invisible joiners and direction marks (ZWNJ, ZWJ, LRM, RLM, ALM, BOM) are removed.
 *  4. Hamza and madda forms of alef (أ إ آ ٱ ٲ ٳ) → bare alef ا: writers often omit them.
 *  5. Hamza on a waw or yeh seat (ؤ ئ) → lone hamza ء: «مسؤول» and «مسئول» are both written.
 *  6. Alef maqsura ى → yeh ي: «على» is often typed «علي».
 *  7. Taa marbuta ة → heh ه: the dots are often dropped, «مدرسه».
 *  8. Persian, Urdu and Maghrebi letters → Arabic ones (ی → ي, ک گ → ك, پ → ب, ہ ە → ه, ڨ → ق,
 *     ڤ → ف): the same words are spelled both ways.
 *  9. Arabic-Indic and Persian digits → Western digits: «٢٠١٧» → «2017».
 * 10. Punctuation, quote marks and symbols (« » " ” ، ؛ ؟ …) → a space, so they separate words;
 *     a decimal separator between two digits is kept as «.».
 * 11. Latin letters are lower-cased and lose their accents (é → e, ç → c), as SQLite FTS5's
 *     unicode61 tokenizer does, so a term is stored exactly as FTS5 would index it.
 *
 * The output can be shorter or longer than the input, so offsets are not kept: the tokenizer
 * finds words in the original text first and this runs on each word.
 */
import {
  AE,
  ALEF,
  ALEF_HAMZA_ABOVE,
  ALEF_HAMZA_BELOW,
  ALEF_MADDA,
  ALEF_MAQSURA,
  ALEF_WASLA,
  ALEF_WAVY_HAMZA_ABOVE,
  ALEF_WAVY_HAMZA_BELOW,
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_INDIC_ZERO,
  ARABIC_LETTER_MARK,
  BEH,
  FEH,
  GAF,
  PEH,
  QAF,
  QAF_THREE_DOTS,
  VEH,
  BOM,
  DIACRITICS_RE,
  FARSI_YEH,
  HAMZA,
  HEH,
  HEH_GOAL,
  KAF,
  KEHEH,
  LRM,
  PERSIAN_ZERO,
  RLM,
  TATWEEL,
  TEH_MARBUTA,
  WAW_HAMZA_ABOVE,
  YEH,
  YEH_HAMZA_ABOVE,
  ZWJ,
  ZWNJ,
} from './letters.js';

/** Single-character replacements of rules 3–9 ('' removes the character). */
const FOLD: ReadonlyMap<string, string> = new Map<string, string>([
  [TATWEEL, ''],
  [ZWNJ, ''],
  [ZWJ, ''],
  [LRM, ''],
  [RLM, ''],
  [ARABIC_LETTER_MARK, ''],
  [BOM, ''],
  [ALEF_HAMZA_ABOVE, ALEF],
  [ALEF_HAMZA_BELOW, ALEF],
  [ALEF_MADDA, ALEF],
  [ALEF_WASLA, ALEF],
  [ALEF_WAVY_HAMZA_ABOVE, ALEF],
  [ALEF_WAVY_HAMZA_BELOW, ALEF],
  [WAW_HAMZA_ABOVE, HAMZA],
  [YEH_HAMZA_ABOVE, HAMZA],
  [FARSI_YEH, YEH],
  [KEHEH, KAF],
  [GAF, KAF],
  [PEH, BEH],
  [QAF_THREE_DOTS, QAF],
  [VEH, FEH],
  [HEH_GOAL, HEH],
  [AE, HEH],
  ...digitFolds(ARABIC_INDIC_ZERO),
  ...digitFolds(PERSIAN_ZERO),
]);

function digitFolds(zero: number): Array<[string, string]> {
  return Array.from({ length: 10 }, (_, d) => [String.fromCodePoint(zero + d), String(d)] as [string, string]);
}

/** Anything outside the plain Arabic letters and ASCII may need NFKC (presentation forms, combining hamza, full-width…). */
const NEEDS_NFKC_RE = /[^\u0000-\u009F\u0600-\u0652\u0656-\u0674\u0679-\u06FF]/;
/** The small honorific and Qur'anic signs above letters (U+0610–U+061A), marks like the harakat. */
const HONORIFIC_SIGNS_RE = /[\u0610-\u061A]/g;
/** Punctuation, symbols, controls, spaces and unpaired surrogates of every script (rule 10). */
const SEPARATOR_RE = /[\p{P}\p{S}\p{Z}\p{Cc}\p{Cs}]/u;
/** Western, Arabic-Indic and Persian digits. */
const ANY_DIGIT_RE = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const DECIMAL_SEPARATORS = new Set(['.', ',', ARABIC_DECIMAL_SEPARATOR]);
const SPACE = ' ';
const DOT = '.';

/** Options of `normalize`. */
export interface NormalizeOptions {
  /**
   * Rule 6 (ى → ي). Default true. The analyzer turns it off to look a word up in the stop-word
   * list first, because the fold makes «على» (on) and the name «علي» one word.
   */
  readonly foldAlefMaqsura?: boolean;
  /**
   * Rule 7 (ة → ه). Default true. The analyzer turns it off until the stemmer has run, because a
   * final ة is the feminine ending and a final ه may be the pronoun "his" («مدرسة» vs «كتابه»).
   */
  readonly foldTaaMarbuta?: boolean;
}

const ALEF_MAQSURA_RE = new RegExp(ALEF_MAQSURA, 'g');
const TEH_MARBUTA_RE = new RegExp(TEH_MARBUTA, 'g');

/** Rule 7 alone: taa marbuta ة → heh ه, «مدرسة» → «مدرسه». */
export function foldTaaMarbuta(text: string): string {
  return text.includes(TEH_MARBUTA) ? text.replace(TEH_MARBUTA_RE, HEH) : text;
}

/** Rule 6 alone: alef maqsura ى → yeh ي, «مستشفى» → «مستشفي». */
export function foldAlefMaqsura(text: string): string {
  return text.includes(ALEF_MAQSURA) ? text.replace(ALEF_MAQSURA_RE, YEH) : text;
}

/** Normalises Arabic (and mixed) text by the rules above: «وبالمدرسةِ» → «وبالمدرسه». */
export function normalize(text: string, options: NormalizeOptions = {}): string {
  if (text.length === 0) return text;
  const composed = NEEDS_NFKC_RE.test(text) ? text.normalize('NFKC') : text;
  const bare = composed.replace(DIACRITICS_RE, '').replace(HONORIFIC_SIGNS_RE, '');
  let out = '';
  let i = 0;
  for (const ch of bare) {
    const folded = FOLD.get(ch);
    if (folded !== undefined) out += folded;
    else if (!isSeparator(ch)) out += ch;
    else out += isDecimalPoint(bare, i) ? DOT : SPACE;
    i += ch.length;
  }
  const lower = stripLatinAccents(out.toLowerCase());
  const yeh = options.foldAlefMaqsura === false ? lower : foldAlefMaqsura(lower);
  return options.foldTaaMarbuta === false ? yeh : foldTaaMarbuta(yeh);
}

/** Latin letters with accents (Latin-1 Supplement, Extended-A and -B). */
const ACCENTED_LATIN_RE = /[\u00C0-\u024F]/;
/** Combining accents of Latin letters, once decomposed. */
const LATIN_ACCENT_RE = /[\u0300-\u036F]/g;

function stripLatinAccents(text: string): string {
  return ACCENTED_LATIN_RE.test(text) ? text.normalize('NFD').replace(LATIN_ACCENT_RE, '').normalize('NFC') : text;
}

function isSeparator(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 0x80) return SEPARATOR_RE.test(ch);
  return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

/** A decimal separator is one between two digits: «3.5», «3,5», «٣٫٥». */
function isDecimalPoint(text: string, i: number): boolean {
  return (
    DECIMAL_SEPARATORS.has(text[i]!) && ANY_DIGIT_RE.test(text[i - 1] ?? '') && ANY_DIGIT_RE.test(text[i + 1] ?? '')
  );
}
