/**
 * Clubs and teams named from their parts, where no list names them:
 *  - a club word and a place: «أولمبيك آسفي», «اتحاد طنجة», «شبيبة القبائل»;
 *  - a place and a city adjective: «المغرب الفاسي» is the club of Fès, not Morocco;
 *  - a team noun with the article and a city adjective: «الفريق الفاسي»;
 *  - after a team noun, which stays out of the name: «فريق [الوداد البيضاوي]», «فريقي [الجيش
 *    الملكي] و[أولمبيك خريبكة]»; there the name may also be definite words («فريق [الكوكب
 *    المراكشي]») but never a common noun alone («فريق العمل» is a working group).
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Token } from '../text/tokenize.js';
import { isDefinite, isNonName } from '../text/word-class.js';
import type { Found } from './entity-patterns.js';

/** The noun of a country's team (key): with the country it is the team's whole name. */
const NATIONAL_TEAM_NOUNS: ReadonlySet<string> = new Set(['منتخب']);

function readingIn(set: ReadonlySet<string>, t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  for (const r of t.readings) if (set.has(r.base)) return r.prefix;
  return undefined;
}

/** A known place starting at j (one of its words may carry a clitic only when it is the first). */
function placeAt(g: Gazetteer, tokens: readonly Token[], j: number, clitics: boolean): { to: number; prefix: number } | undefined {
  const known = g.entities.match(tokens, j, clitics);
  return known && known.value.kind === 'place' ? { to: known.to, prefix: known.prefix } : undefined;
}

/** A club named from a club word or a place, starting at i («أولمبيك آسفي», «المغرب الفاسي»). */
export function readClubName(g: Gazetteer, tokens: readonly Token[], i: number): Found | undefined {
  const head = readingIn(g.clubHeads, tokens[i]);
  if (head !== undefined) {
    const place = placeAt(g, tokens, i + 1, false);
    if (place) return { to: place.to, prefix: head, kind: 'organization' };
  }
  const place = placeAt(g, tokens, i, true);
  if (place && g.cityNisbas.has(tokens[place.to]?.key ?? '')) return { to: place.to + 1, prefix: place.prefix, kind: 'organization' };
  return undefined;
}

/** A team's name after a team noun at i: the span excludes the noun. */
export function readTeamName(g: Gazetteer, tokens: readonly Token[], i: number): Found | undefined {
  // «الفريق الفاسي»: the team of a city, named by the noun and the city's adjective together.
  const definite = tokens[i]?.readings.find((r) => r.base.startsWith('ال') && g.teamWords.has(r.base.slice(2)));
  if (definite && g.cityNisbas.has(tokens[i + 1]?.key ?? '')) return { to: i + 2, prefix: definite.prefix, kind: 'organization' };
  if (readingIn(g.teamWords, tokens[i]) === undefined) return undefined;
  const j = i + 1;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || isNonName(g, t)) return undefined;
  const known = g.entities.match(tokens, j, false);
  if (known && known.value.kind === 'organization') return { from: j, to: known.to, prefix: 0, kind: 'organization', name: known.value.name };
  const club = readClubName(g, tokens, j);
  if (club) return { ...club, from: j, prefix: 0 };
  if (known && known.value.kind === 'place') {
    // A national team has no name of its own: «منتخب هولندا» is the team's name, the noun in it
    // («فريق [الوداد]» names a club; «منتخب [هولندا]» would be the country), and so is the sport
    // after it: «منتخب مصر لكرة القدم».
    const national = readingIn(NATIONAL_TEAM_NOUNS, tokens[i]);
    if (national !== undefined && known.value.country === known.value.name) {
      const sport = tokens[known.to]?.key === 'لكره' && tokens[known.to + 1] && isDefinite(tokens[known.to + 1]!) ? 2 : 0;
      return { to: known.to + sport, prefix: national, kind: 'organization' };
    }
    return { from: j, to: known.to, prefix: 0, kind: 'organization' };
  }
  // Definite words, the last a city adjective or a second definite word: «الكوكب المراكشي».
  const second = tokens[j + 1];
  if (isDefinite(t) && second && isDefinite(second) && !isNonName(g, second) && g.cityNisbas.has(second.key)) {
    return { from: j, to: j + 2, prefix: 0, kind: 'organization' };
  }
  return undefined;
}
