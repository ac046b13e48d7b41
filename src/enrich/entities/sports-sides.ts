/**
 * Sides in match reports: in a paragraph that reads like a match report, a country or a city
 * right after words such as «أمام», «لقاء» or «مرمى», and any place named again with its own
 * adjective («قطر القطري»), is the team, not the place. Places coordinated with one
 * («مع فرنسا وسويسرا وسوريا») follow it. Pure: returns new candidates.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { isMatchReport } from '../text/match-report.js';
import type { Token } from '../text/tokenize.js';
import type { EntityCandidate } from '../types.js';

const PRONOUNS = new Set(['ه', 'ها', 'هم']);


/** Whether the words before token `at` make a place there a side (through «على» after a win: «الفوز على»). */
function sideTrigger(g: Gazetteer, tokens: readonly Token[], at: number): boolean {
  // A pronoun written apart from its noun («ضيف ه») belongs to the word before it.
  const from = PRONOUNS.has(tokens[at - 1]?.key ?? '') ? at - 1 : at;
  const before = tokens[from - 1];
  if (!before || before.kind !== 'word') return false;
  if (before.readings.some((r) => g.sideBefore.has(r.base))) return true;
  return (before.key === 'علي' || before.key === 'مع') && !!tokens[from - 2]?.readings.some((r) => g.sideBefore.has(r.base) || g.matchWords.has(r.base));
}

/** Places that are sides in a match report become organisations. */
export function markSides(g: Gazetteer, tokens: readonly Token[], entities: readonly EntityCandidate[]): EntityCandidate[] {
  const report = isMatchReport(g, tokens);
  let lastSideTo = -1;
  return entities.map((e) => {
    if (e.kind !== 'place') return e;
    const nat = g.nationalities.match(tokens, e.to, false);
    const ownAdjective = !!nat && nat.value === g.entity(e.name)?.country;
    const coordinated = lastSideTo >= 0 && (e.from === lastSideTo + 1 ? tokens[lastSideTo]!.key === 'و' : e.from === lastSideTo && tokens[e.from]!.key.startsWith('و'));
    const side = ownAdjective || (report && (sideTrigger(g, tokens, e.from) || coordinated));
    if (!side) return e;
    lastSideTo = e.to;
    return { ...e, kind: 'organization' };
  });
}
