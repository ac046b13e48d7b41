/**
 * Whether a text unit reads like a match report: one of its words is a match word
 * (data/clubs.ts MATCH_WORDS: «مباراة», «الشوط», «هدف»…). Sports pages name teams and players
 * by short names that elsewhere are common words, so some readings hold only there.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Token } from './tokenize.js';

/** Whether a unit's tokens read like a match report. */
export function isMatchReport(g: Gazetteer, tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'word' && t.readings.some((r) => g.matchWords.has(r.base))) return true;
  return false;
}
