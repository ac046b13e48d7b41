import { AGENCY_CREDITS } from './rules/agencies.js';
import { countWords, foldKey, hasDigit, hasLetter } from './text.js';

/** A caption with its credit split off. */
export interface Credited {
  caption: string;
  credit: string;
}

/** How sure we are that a parenthesis holds a photo credit. */
export type CreditKind = 'agency' | 'source';

// A plain source is a name: a few words, no sentence marks (a colon is allowed: «تصوير: …»).
const MAX_SOURCE_WORDS = 5;
const MAX_SOURCE_CHARS = 60;
const SOURCE_FORBIDDEN_RE = /[.,،؛;!?؟«»"(){}[\]…]/u;

/** An agency credit's key: no dots or spaces, alef forms folded («أ ف ب» = «أ.ف.ب»). */
export function agencyKey(text: string): string {
  return foldKey(text).replace(/[\s.\-_/]+/gu, '');
}

const agencies = new Set(AGENCY_CREDITS.map(agencyKey));

/** Splits `text (credit)` at its final parenthesis; null when the line does not end in one. */
export function splitCredit(line: string): Credited | null {
  if (!line.endsWith(')')) return null;
  const open = line.lastIndexOf('(');
  if (open < 0) return null;
  const credit = line.slice(open + 1, -1).trim();
  if (credit === '' || credit.includes(')')) return null;
  return { caption: line.slice(0, open).trim(), credit };
}

/** Whether a credit is a known agency. */
export function isAgency(credit: string): boolean {
  return agencies.has(agencyKey(credit));
}

/** What a parenthesised text is as a credit: an agency, a plausible source, or nothing (null). */
export function creditKind(credit: string, knownCredits?: ReadonlySet<string>): CreditKind | null {
  if (isAgency(credit) || knownCredits?.has(agencyKey(credit))) return 'agency';
  if (credit.length > MAX_SOURCE_CHARS || hasDigit(credit) || !hasLetter(credit)) return null;
  if (SOURCE_FORBIDDEN_RE.test(credit)) return null;
  return countWords(credit, MAX_SOURCE_WORDS) <= MAX_SOURCE_WORDS ? 'source' : null;
}
