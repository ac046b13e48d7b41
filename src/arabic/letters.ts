/** Named Arabic code points, so rules never hide bare escapes in their logic. */

export const HAMZA = '\u0621';
export const ALEF_MADDA = '\u0622';
export const ALEF_HAMZA_ABOVE = '\u0623';
export const WAW_HAMZA_ABOVE = '\u0624';
export const ALEF_HAMZA_BELOW = '\u0625';
export const YEH_HAMZA_ABOVE = '\u0626';
export const ALEF = '\u0627';
export const BEH = '\u0628';
export const TEH_MARBUTA = '\u0629';
export const TEH = '\u062A';
export const SEEN = '\u0633';
export const FEH = '\u0641';
export const KAF = '\u0643';
export const LAM = '\u0644';
export const MEEM = '\u0645';
export const NOON = '\u0646';
export const HEH = '\u0647';
export const WAW = '\u0648';
export const ALEF_MAQSURA = '\u0649';
export const YEH = '\u064A';
export const TATWEEL = '\u0640';
export const ALEF_WASLA = '\u0671';
/** Alef with wavy hamza above / below (used in some Qur'anic and older texts). */
export const ALEF_WAVY_HAMZA_ABOVE = '\u0672';
export const ALEF_WAVY_HAMZA_BELOW = '\u0673';
/** Persian/Urdu yeh and keheh: the same letters as Arabic yeh and kaf, other code points. */
export const FARSI_YEH = '\u06CC';
export const KEHEH = '\u06A9';
/** Persian gaf and peh: foreign g and p, written ك and ب in Arabic spelling. */
export const GAF = '\u06AF';
export const PEH = '\u067E';
/** Maghrebi qaf with three dots (the g of «ڨفصة») and veh (a v): ق and ف in standard spelling. */
export const QAF_THREE_DOTS = '\u06A8';
export const VEH = '\u06A4';
export const QAF = '\u0642';
/** Urdu heh goal and Kurdish ae: written where Arabic writes heh / taa marbuta. */
export const HEH_GOAL = '\u06C1';
export const AE = '\u06D5';

/** Arabic punctuation that must separate words. */
export const ARABIC_COMMA = '\u060C';
export const ARABIC_SEMICOLON = '\u061B';
export const ARABIC_QUESTION_MARK = '\u061F';
export const ARABIC_FULL_STOP = '\u06D4';
export const ARABIC_DECIMAL_SEPARATOR = '\u066B';
export const ARABIC_THOUSANDS_SEPARATOR = '\u066C';
export const LEFT_GUILLEMET = '\u00AB';
export const RIGHT_GUILLEMET = '\u00BB';

/** Invisible joiners and direction marks that may sit inside a word (ZWNJ, ZWJ, LRM, RLM, ALM, BOM). */
export const ZWNJ = '\u200C';
export const ZWJ = '\u200D';
export const LRM = '\u200E';
export const RLM = '\u200F';
export const ARABIC_LETTER_MARK = '\u061C';
export const BOM = '\uFEFF';

/** Harakat, tanween, shadda, sukun and the small marks that ride on letters (U+064B–U+065F, U+0670). */
export const DIACRITICS_RE = /[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;

/** Any Arabic letter of the basic block (no digits, no punctuation). */
export const ARABIC_LETTER_RE = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FC]/;

/** Arabic-Indic (U+0660) and Extended Arabic-Indic / Persian (U+06F0) digit zeros. */
export const ARABIC_INDIC_ZERO = 0x0660;
export const PERSIAN_ZERO = 0x06f0;

/** Code-point ranges that belong to the Arabic script: base block, supplement, extended-A, presentation forms A and B. */
export const ARABIC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

/** True when the code point is in one of the Arabic-script blocks. */
export function isArabicCodePoint(cp: number): boolean {
  for (const [lo, hi] of ARABIC_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}
