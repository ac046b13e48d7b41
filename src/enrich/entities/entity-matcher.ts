/**
 * Finds places and organisations in one text:
 *  1. names the gazetteer knows («موسكو», «الاتحاد الروسي» → روسيا, «حلف الناتو»);
 *  2. an organisation head and what names it («وزارة الخارجية الروسية», «حزب العدالة
 *     والتنمية», «وكالة أنباء «نوفوستي»»), see org-name.ts;
 *  3. a national body: a common noun with a nationality or country («الحكومة الفرنسية»,
 *     «القوات المسلحة للاتحاد الروسي»);
 *  4. a place head and a proper name («قاعدة فوستوشني الفضائية», «مطار بيروت الدولي»);
 *  5. clubs and teams from their parts («أولمبيك آسفي», «فريق الوداد»), see team-name.ts;
 *  6. agency credits in parentheses («(الفرنسية)»), see photo-credit.ts.
 * The longest reading wins where they overlap; tokens already taken by a person's name are skipped.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { phraseKey, rawOffsetAfterKeyChars } from '../text/key.js';
import type { Token } from '../text/tokenize.js';
import type { EntityCandidate } from '../types.js';
import { readNationalBody, readOrgName, readPlaceName, type Found } from './entity-patterns.js';
import { findCredits } from './photo-credit.js';
import { readClubName, readTeamName } from './team-name.js';

/** The display name of a found span: as written, quote marks and clitics dropped. */
export function spanName(text: string, start: number, end: number): string {
  return text
    .slice(start, end)
    .replace(/[«»"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every place and organisation mention of one text unit, skipping `taken` tokens. */
export function findEntities(
  g: Gazetteer,
  unit: number,
  text: string,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const openers = g.openers().entity;
  let i = 0;
  while (i < tokens.length) {
    if (taken.has(i) || tokens[i]!.kind !== 'word' || !tokens[i]!.readings.some((r) => openers.has(r.base))) {
      i++;
      continue;
    }
    const candidates: Found[] = [];
    const known = g.entities.match(tokens, i);
    if (known && known.value.kind !== 'person') {
      // Convention: the country adjective after a known body describes it and stays out of the
      // span, as a descriptor head does: «[ريال مدريد] الإسباني», «شركة [شل] البريطانية».
      candidates.push({ to: known.to, prefix: known.prefix, kind: known.value.kind, name: known.value.name });
    }
    // A team's name read after its noun («نادي [الزمالك]») wins a tie with the noun's reading.
    for (const f of [readTeamName(g, tokens, i), readOrgName(g, tokens, i), readNationalBody(g, tokens, i), readPlaceName(g, tokens, i), readClubName(g, tokens, i)]) {
      if (f) candidates.push(f);
    }
    let best = candidates
      .filter((c) => !rangeTaken(taken, i, c.to))
      .filter((c) => !knownOrgEnds(g, tokens, known, c))
      .sort((a, b) => b.to - a.to)[0];
    if (!best) {
      i++;
      continue;
    }
    if (best?.kind === 'organization') best = knownCore(g, tokens, best.from ?? i, best.to) ?? best;
    const first = tokens[best.from ?? i]!;
    const start = first.start + rawOffsetAfterKeyChars(first.text, best.prefix);
    const end = tokens[best.to - 1]!.end;
    const written = spanName(text, start, end);
    if (!g.isRejected(written)) {
      // A name written as the canonical one shows as written («عمّان» keys like «عمان»).
      // «للشركة الوطنية…» is «لـ» + «الشركة الوطنية…»: the name gets its article back.
      const bare = written.replace(/^و?لل(?=\S{2})/, 'ال');
      const name = best.name && phraseKey(best.name) !== phraseKey(written) ? best.name : bare;
      out.push({ unit, from: best.from ?? i, to: best.to, start, end, kind: best.kind, name });
    }
    i = best.to;
  }
  // Credits sit where no list looks: «(الفرنسية)» is an adjective standing for its agency.
  return [...out, ...findCredits(unit, tokens, taken)].sort((a, b) => a.from - b.from);
}

/**
 * Heads that describe a known body before its own name: «وكالة [فرانس برس]», «منظمة [الأمم
 * المتحدة]», a mission of it: «بعثة [الأمم المتحدة]».
 */
const DESCRIPTOR_HEADS = new Set(['وكاله', 'منظمه', 'هيئه', 'قوات', 'بعثه']);

/**
 * Convention: words that describe a body the gazetteer knows stay out of its span, as after
 * «شركة» («شركة [نوكيا]»): a descriptor head before it («وكالة [فرانس برس]», «قوات [الأمم
 * المتحدة]») and its country adjective after it («[ريال مدريد] الإسباني», «شركة [شل]
 * البريطانية»). Only when the rest, on its own, is the known body.
 */
function knownCore(g: Gazetteer, tokens: readonly Token[], from: number, to: number): Found | undefined {
  const head = tokens[from];
  const described = !!head && to - from >= 2 && head.readings.some((r) => DESCRIPTOR_HEADS.has(r.base) || g.orgDescriptors.has(r.base));
  const at = described ? from + 1 : from;
  const core = g.entities.match(tokens, at, !described);
  if (!core || core.value.kind !== 'organization') return undefined;
  const ends = core.to === to || g.nationalities.match(tokens, core.to, false)?.to === to;
  if (!ends || (at === from && core.to === to)) return undefined;
  return { from: at, to: core.to, prefix: core.prefix, kind: 'organization', name: core.value.name };
}

function rangeTaken(taken: ReadonlySet<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken.has(k)) return true;
  return false;
}

/**
 * A known body's name is complete: definite words or a «ل» phrase after it are the sentence
 * going on («[مجلس الأمن الدولي] الليلة», «[مجلس الأمن] للحصول على…»), not a longer name the
 * head-noun pattern read. A nationality after it stays allowed (knownCore trims it).
 */
function knownOrgEnds(g: Gazetteer, tokens: readonly Token[], known: { to: number; value: { kind: string } } | undefined, c: Found): boolean {
  if (!known || known.value.kind !== 'organization' || c.to <= known.to || c.from !== undefined) return false;
  return g.nationalities.match(tokens, known.to, false)?.to !== c.to;
}

