import { stripVideoMarker } from './controls.js';
import { isBylineShaped } from './byline.js';
import { splitCredit } from './credit.js';
import { MODULE_HEADINGS } from './rules/module-headings.js';
import { PROSE_ENDINGS } from './rules/punctuation.js';
import { foldKey, lastMark, sameText } from './text.js';
import type { Line } from './types.js';

const headings = new Set(MODULE_HEADINGS.map(foldKey));
// Bounds of the headings' lengths, so most lines are refused before being folded.
const MIN_CHARS = Math.min(...MODULE_HEADINGS.map((h) => h.length)) - 2;
const MAX_CHARS = Math.max(...MODULE_HEADINGS.map((h) => h.length)) + 8;
// The first card's picture line follows the heading closely (after a featured headline or two);
// a picture without credit is recognised by the card it opens, four lines long.
const FIRST_PICTURE_WITHIN = 3;
const LOOKAHEAD = 5;

/** Whether a line is a module heading such as «مقالات ذات صلة». */
export function isModuleHeading(text: string): boolean {
  return text.length >= MIN_CHARS && text.length <= MAX_CHARS && headings.has(foldKey(text));
}

/**
 * Index of the line opening a related-articles module in [from, to), or -1. A heading counts
 * only when a card follows: a picture line (text ending in a credit) within a few lines with no
 * prose before it, or, for a picture without credit, a card's shape (picture, headline, teaser,
 * byline). So a «اقرأ أيضاً» inside the text does not swallow the rest of it.
 */
export function findModule(lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!isModuleHeading(lines[i]!.text)) continue;
    const next: string[] = [];
    for (let j = i + 1; j < to && next.length < LOOKAHEAD; j++) if (lines[j]!.text !== '') next.push(lines[j]!.text);
    if (cardFollows(next)) return i;
  }
  return -1;
}

/** Whether line k comes again further down, as a card's headline (a kicker may be glued before it). */
function repeatedBelow(next: readonly string[], k: number): boolean {
  const t = next[k]!;
  return next.slice(k + 1).some((n) => sameText(n, t) || (n.length > t.length && n.endsWith(` ${t}`)));
}

function cardFollows(next: readonly string[]): boolean {
  for (let k = 0; k < FIRST_PICTURE_WITHIN && k < next.length; k++) {
    const t = next[k]!;
    if (splitCredit(stripVideoMarker(t).text)) return true;
    // Only a featured headline may come first; prose means the heading was part of the text.
    // A featured headline is the first card's headline again, whatever it ends with («…!»).
    if (PROSE_ENDINGS.has(lastMark(t)) && !repeatedBelow(next, k)) break;
  }
  const [picture = '', , , byline = ''] = next;
  return !PROSE_ENDINGS.has(lastMark(picture)) && isBylineShaped(byline) && !PROSE_ENDINGS.has(lastMark(byline));
}
