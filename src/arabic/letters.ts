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
export const HEH = '\u0647';
export const WAW = '\u0648';
export const ALEF_MAQSURA = '\u0649';
export const YEH = '\u064A';
export const TATWEEL = '\u0640';
export const ALEF_WASLA = '\u0671';
export const FARSI_YEH = '\u06CC';
export const KEHEH = '\u06A9';

/** Harakat, tanween, shadda, sukun and the small marks that ride on letters (U+064B–U+065F, U+0670). */
export const DIACRITICS_RE = /[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;

/** Any Arabic letter of the basic block (no digits, no punctuation). */
export const ARABIC_LETTER_RE = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FC]/;

/** Arabic-Indic (U+0660) and Extended Arabic-Indic / Persian (U+06F0) digit zeros. */
export const ARABIC_INDIC_ZERO = 0x0660;
export const PERSIAN_ZERO = 0x06f0;
