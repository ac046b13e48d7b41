/** Letters the page-dump rules name (the shared ones live in src/arabic/letters.ts). */
export { ALEF } from '../../../arabic/letters.js';
/** Lam, the second letter of the article «ال». */
export const LAM = '\u0644';
