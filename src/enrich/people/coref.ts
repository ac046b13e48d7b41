/**
 * Coreference inside one article: which mentions name the same person.
 *
 *  1. Full names build the people: two names are one person when their last words agree and
 *     their first words are close («أليكساندر» ~ «ألكسندر»), or the gazetteer knows both as one.
 *     Prose paragraphs are read first, so a person's name comes from the body, not a caption.
 *  2. Then the article is read in order (headline, deck, caption, body) and each later mention
 *     is resolved to the most recently mentioned person it fits:
 *       - a surname or one name word alone («بوتين», «للوكاشينكو», «كيم»), see aliases.ts;
 *       - a role alone («الوزير الروسي»): the role must fit, see role-compat.ts;
 *       - a counterpart («نظيره البيلاروسي»): takes the title of the person named just before.
 *  3. A person's role is the fullest written role (one with a country first), else a role-alone
 *     mention resolved to them, else the gazetteer's.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { phraseKey } from '../text/key.js';
import type { Token } from '../text/tokenize.js';
import type { PersonCandidate, Role } from '../types.js';
import { aliasesOf, aliasTable, findAliases } from './aliases.js';
import { roleFits } from './role-compat.js';
import { sameName } from './same-name.js';

/** A person of the article. */
export interface PersonEntity {
  readonly id: number;
  name: string;
  /** Word keys of every full form of the name seen. */
  readonly variants: string[][];
  /** Roles written beside the name, in reading order. */
  readonly roles: Role[];
  /** Roles that referred to the person alone («الرئيس البيلاروسي») or by counterpart. */
  readonly impliedRoles: Role[];
  fromProse: boolean;
  knownRole: Role | null;
}

/** A person mention after coreference; `entity` is null for a role alone that fits nobody. */
export interface ResolvedMention {
  readonly unit: number;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly form: PersonCandidate['form'];
  readonly entity: number | null;
  readonly role: Role | null;
}

/** One text unit as coreference reads it. */
export interface UnitTokens {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly prose: boolean;
}

/** People and their resolved mentions. */
export interface PeopleResult {
  readonly people: PersonEntity[];
  readonly mentions: ResolvedMention[];
}

function nameWords(name: string): string[] {
  return phraseKey(name).split(' ').filter(Boolean);
}

/** Resolves person candidates (per unit) into people; `order` lists units in reading order. */
export function resolvePeople(
  g: Gazetteer,
  units: readonly UnitTokens[],
  candidates: readonly PersonCandidate[][],
  order: readonly number[],
  knownRole: (canonical: string) => Role | null,
): PeopleResult {
  const people: PersonEntity[] = [];
  const owner = new Map<PersonCandidate, number>();
  const byKnown = new Map<string, number>();
  const prosefirst = [...order].sort((a, b) => Number(units[b]!.prose) - Number(units[a]!.prose));
  for (const u of prosefirst) {
    for (const c of candidates[u] ?? []) {
      if (c.form !== 'full') continue;
      const words = nameWords(c.name);
      const known = c.known ?? (words.length > 1 ? personFact(g, c.name) : undefined);
      if (!known && words.length < 2) continue;
      let id = known !== undefined ? byKnown.get(known) : undefined;
      id ??= people.find((p) => p.variants.some((v) => sameName(v, words) || (words.length > 1 && aliasesOf(g, v).includes(words.join(' ')))))?.id;
      if (id === undefined) {
        id = people.length;
        const name = known ?? c.name;
        people.push({ id, name, variants: [], roles: [], impliedRoles: [], fromProse: units[u]!.prose, knownRole: known ? knownRole(known) : null });
      }
      const p = people[id]!;
      if (known !== undefined) byKnown.set(known, id);
      if (words.length > 1) p.variants.push(words);
      if (words.length > 1 && !known && !p.fromProse && units[u]!.prose) {
        p.name = c.name;
        p.fromProse = true;
      }
      owner.set(c, id);
    }
  }
  const aliases = aliasTable(g, people);
  const lastSeen = new Map<number, number>();
  let clock = 0;
  const mentions: ResolvedMention[] = [];
  const mostRecent = (ids: Iterable<number>): number | undefined => {
    let best: number | undefined;
    for (const id of ids) if (best === undefined || (lastSeen.get(id) ?? -1) > (lastSeen.get(best) ?? -1)) best = id;
    return best;
  };
  for (const u of order) {
    const unit = units[u]!;
    const own = candidates[u] ?? [];
    const events: PersonCandidate[] = [...own, ...findAliases(g, u, unit.tokens, own, aliases)].sort((a, b) => a.from - b.from);
    for (const c of events) {
      let id = owner.get(c);
      if (id === undefined && c.form !== 'title') {
        const ids = aliases.get(c.name) ?? aliases.get(nameWords(c.name).at(-1) ?? '') ?? [];
        id = mostRecent(ids);
        if (id === undefined && c.form === 'full') {
          id = people.length;
          people.push({ id, name: c.name, variants: [nameWords(c.name)], roles: [], impliedRoles: [], fromProse: unit.prose, knownRole: null });
          for (const a of aliasesOf(g, nameWords(c.name))) aliases.set(a, [...(aliases.get(a) ?? []), id]);
        }
      }
      if (c.form === 'title' && c.role) {
        const role = c.role;
        const fits = fitting(people, role);
        const seen = fits.filter((p) => lastSeen.has(p.id));
        id = seen.length ? mostRecent(seen.map((p) => p.id)) : fits.length === 1 ? fits[0]!.id : undefined;
        if (id !== undefined) people[id]!.impliedRoles.push(role);
      }
      if (id !== undefined && c.role && c.form === 'full') {
        const p = people[id]!;
        if (c.role.relative) {
          const before = mostRecent([...lastSeen.keys()].filter((k) => k !== id));
          const title = before !== undefined ? bestRole(people[before]!)?.title : undefined;
          if (title) p.impliedRoles.push({ ...c.role, title });
        } else if (c.role.title) p.roles.push(c.role);
      }
      if (id !== undefined) lastSeen.set(id, clock++);
      mentions.push({ unit: u, from: c.from, to: c.to, start: c.start, end: c.end, nameStart: c.nameStart, form: c.form, entity: id ?? null, role: c.role });
    }
  }
  return { people, mentions };
}

/**
 * People a role alone may name: those with a role that fits with the same country, else (when
 * nobody has one) those with a fitting role and no country known at all.
 */
function fitting(people: readonly PersonEntity[], role: Role): PersonEntity[] {
  const rolesOf = (p: PersonEntity) => [...p.roles, ...p.impliedRoles, ...(p.knownRole ? [p.knownRole] : [])];
  const strict = people.filter((p) => rolesOf(p).some((r) => roleFits(role, r) && (!role.country || r.country === role.country)));
  if (strict.length || !role.country) return strict;
  return people.filter((p) => rolesOf(p).every((r) => !r.country) && rolesOf(p).some((r) => roleFits(role, r)));
}

function personFact(g: Gazetteer, name: string): string | undefined {
  const f = g.entity(name);
  return f?.kind === 'person' ? f.name : undefined;
}

/** The role to show for a person (see rule 3 above). */
export function bestRole(p: PersonEntity): Role | null {
  const withCountry = p.roles.find((r) => r.country);
  if (withCountry) return withCountry;
  const written = [...p.roles].sort((a, b) => b.text.length - a.text.length)[0];
  // A role alone («الرئيس البيلاروسي») reads better than a counterpart («نظيره البيلاروسي»).
  const implied = p.impliedRoles.find((r) => !r.relative && r.country) ?? p.impliedRoles.find((r) => !r.relative) ?? p.impliedRoles[0];
  return written ?? implied ?? p.knownRole;
}
