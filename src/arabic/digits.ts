import { ARABIC_INDIC_ZERO, PERSIAN_ZERO } from './letters.js';

/** How a site writes numbers: Western (0-9) or Arabic-Indic (٠-٩). */
export type DigitStyle = 'latn' | 'arab';

const EASTERN_DIGIT_RE = /[\u0660-\u0669\u06F0-\u06F9]/g;
const WESTERN_DIGIT_RE = /[0-9]/g;

/** Arabic-Indic and Persian digits to Western ones: «٢٠٢٤» → «2024». */
export function toWesternDigits(text: string): string {
  return text.replace(EASTERN_DIGIT_RE, (d) => {
    const cp = d.codePointAt(0)!;
    const base = cp >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(cp - base);
  });
}

/** Western digits to Arabic-Indic ones: «2024» → «٢٠٢٤». */
export function toArabicIndicDigits(text: string): string {
  return text.replace(WESTERN_DIGIT_RE, (d) => String.fromCodePoint(ARABIC_INDIC_ZERO + Number(d)));
}

/** Writes every digit of a display text in the site's style. */
export function localizeDigits(text: string, style: DigitStyle): string {
  return style === 'arab' ? toArabicIndicDigits(text) : toWesternDigits(text);
}
