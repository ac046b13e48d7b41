/**
 * Composes the pieces over one article, in an order that matters:
 *  1. tokens for every text unit;
 *  2. people first (role + name, known names, given names), then coreference, because a
 *     person's name must not be read as a place («جورج واشنطن») and titles hold places;
 *  3. places and organisations on the tokens no person's name took (roles stay open:
 *     «رئيس بيلاروسيا» still names Belarus); in match reports, places that are sides are teams;
 *  4. quotations last, since their speakers are the people and bodies found above.
 */
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { findEntities } from './entities/entity-matcher.js';
import { findDatelineSource } from './entities/dateline.js';
import { withSportsNames } from './entities/sports-names.js';
import { markSides } from './entities/sports-sides.js';
import { resolvePeople, type PeopleResult, type ResolvedMention, type UnitTokens } from './people/coref.js';
import { findPeople } from './people/person-matcher.js';
import { readRole } from './people/roles.js';
import { attributeQuotes, type AttributedQuote } from './quotes/attribute.js';
import { findQuoteSpans, type QuoteUnit } from './quotes/quote-spans.js';
import { findSpeechEvents, type SpeechEvent } from './quotes/speech-events.js';
import { tokenize } from './text/tokenize.js';
import type { EntityCandidate, Role, TextUnit } from './types.js';
import { textUnits, type ArticleText } from './units.js';

/** Everything found in an article, before it is presented. */
export interface Analysis {
  readonly units: readonly (TextUnit & UnitTokens)[];
  readonly people: PeopleResult;
  readonly entities: readonly EntityCandidate[];
  readonly quotes: readonly AttributedQuote[];
}

function knownRoleOf(g: Gazetteer): (canonical: string) => Role | null {
  return (canonical) => {
    const fact = g.entity(canonical);
    if (!fact?.role) return null;
    const role = readRole(g, fact.role, tokenize(fact.role), 0)?.role;
    return role ? { ...role, country: role.country ?? fact.country ?? null } : null;
  };
}

/** Runs every matcher over the article. */
export function analyze(article: ArticleText, g: Gazetteer): Analysis {
  const units = textUnits(article).map((u) => ({ ...u, tokens: tokenize(u.text) }));
  const order = units.map((_, i) => i);
  const candidates = units.map((u, i) => findPeople(g, i, u.text, u.tokens, !u.prose));
  const people = resolvePeople(g, units, candidates, order, knownRoleOf(g));
  const taken = units.map(() => new Set<number>());
  for (const m of people.mentions) {
    if (m.form === 'title') continue;
    const tokens = units[m.unit]!.tokens;
    for (let k = m.from; k < m.to; k++) if (tokens[k]!.start >= m.nameStart) taken[m.unit]!.add(k);
  }
  // Title words are taken too («وزير الخارجية» is no ministry), but not what qualifies them:
  // «رئيس بيلاروسيا» and «الأمين العام للأمم المتحدة» still name a place and a body.
  for (const m of people.mentions) {
    const tokens = units[m.unit]!.tokens;
    for (let k = m.from; k < m.to && tokens[k]!.start < m.nameStart; ) {
      const title = g.titles.match(tokens, k) ?? g.honorifics.match(tokens, k);
      if (!title) {
        k++;
        continue;
      }
      for (; k < title.to; k++) taken[m.unit]!.add(k);
    }
  }
  const entities = units.flatMap((u, i) => {
    const found = findEntities(g, i, u.text, u.tokens, taken[i]!);
    const all = [...found, ...findDatelineSource(g, i, u.text, u.tokens, taken[i]!, found)].sort((a, b) => a.from - b.from);
    return markSides(g, u.tokens, withSportsNames(g, i, u.text, u.tokens, taken[i]!, all));
  });
  return { units, people, entities, quotes: findQuotes(g, units, people.mentions, entities) };
}

function findQuotes(
  g: Gazetteer,
  units: readonly (TextUnit & UnitTokens)[],
  mentions: readonly ResolvedMention[],
  entities: readonly EntityCandidate[],
): AttributedQuote[] {
  const prose: QuoteUnit[] = [];
  units.forEach((u, i) => {
    if (u.prose) prose.push({ unit: i, text: u.text, tokens: u.tokens });
  });
  const spans = findQuoteSpans(prose);
  const inside = new Map<number, Array<[number, number]>>();
  for (const s of spans) {
    for (let u = s.openUnit; u <= s.closeUnit; u++) {
      const from = u === s.openUnit ? s.openToken : 0;
      const to = u === s.closeUnit ? s.closeToken : Number.MAX_SAFE_INTEGER;
      inside.set(u, [...(inside.get(u) ?? []), [from, to]]);
    }
  }
  const events: SpeechEvent[] = [];
  for (const p of prose) {
    const own = mentions.filter((m) => m.unit === p.unit);
    const ctx = {
      unit: p.unit,
      tokens: p.tokens,
      mentionAt: new Map(own.map((m) => [m.from, m])),
      mentionEndAt: new Map(own.map((m) => [m.to, m])),
      orgAt: new Map(entities.filter((e) => e.unit === p.unit).map((e) => [e.from, e])),
    };
    const ranges = inside.get(p.unit) ?? [];
    events.push(...findSpeechEvents(g, ctx, (t) => ranges.some(([a, b]) => t >= a && t <= b)));
  }
  return attributeQuotes(g, prose, spans, events);
}
