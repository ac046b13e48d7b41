import { DIACRITICS_RE, TATWEEL } from './letters.js';

const TATWEEL_RE = new RegExp(TATWEEL, 'g');

/** Removes harakat, tanween, shadda and sukun: «عُقد» → «عقد». */
export function stripDiacritics(text: string): string {
  return text.replace(DIACRITICS_RE, '');
}

/** Removes the tatweel (kashida) used to stretch words: «جـــديد» → «جديد». */
export function stripTatweel(text: string): string {
  return text.replace(TATWEEL_RE, '');
}
