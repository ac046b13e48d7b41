/**
 * Team names of the sports pages (data/sports-names.ts) in a match report: a short club name
 * or a national side's nickname on words nothing else took («فوز [السد] على [الريان]»,
 * «تأهل [العنابي]»), and a city written alone that is also a club («[برشلونة] ( إسبانيا )»).
 * Elsewhere these words are common nouns or places, so only match reports read them. Pure:
 * returns new candidates.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { phraseKey, rawOffsetAfterKeyChars } from '../text/key.js';
import { isMatchReport } from '../text/match-report.js';
import type { Token } from '../text/tokenize.js';
import { isDefinite } from '../text/word-class.js';
import type { EntityCandidate } from '../types.js';
import { spanName } from './entity-matcher.js';

/** Entities of one unit with the sports names of a match report added or turned into teams. */
export function withSportsNames(
  g: Gazetteer,
  unit: number,
  text: string,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  entities: readonly EntityCandidate[],
): EntityCandidate[] {
  if (!isMatchReport(g, tokens)) return [...entities];
  const covered = new Set(taken);
  const out = entities.map((e) => {
    for (let k = e.from; k < e.to; k++) covered.add(k);
    if (e.kind !== 'place') return e;
    const club = g.sportsNames.match(tokens, e.from);
    return club && club.to === e.to ? { ...e, kind: 'organization' as const, name: club.value || e.name } : e;
  });
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const hit = g.sportsNames.match(tokens, i);
    if (!hit || [...Array(hit.to - i).keys()].some((n) => covered.has(i + n))) continue;
    // «الاتحاد الدولي», «النصر الكبير»: a definite word after it makes it a noun phrase;
    // «الدوري العربي», «الفريق الأحمر»: after a definite noun it is an adjective.
    const next = tokens[hit.to];
    if (next && next.kind === 'word' && isDefinite(next)) continue;
    const before = tokens[i - 1];
    if (before && before.kind === 'word' && isDefinite(before) && isDefinite(tokens[i]!)) continue;
    const first = tokens[i]!;
    const start = first.start + rawOffsetAfterKeyChars(first.text, hit.prefix);
    const end = tokens[hit.to - 1]!.end;
    const written = spanName(text, start, end);
    const name = hit.value && phraseKey(hit.value) !== phraseKey(written) ? hit.value : written;
    out.push({ unit, from: i, to: hit.to, start, end, kind: 'organization', name });
    i = hit.to - 1;
  }
  return out.sort((a, b) => a.from - b.from);
}
