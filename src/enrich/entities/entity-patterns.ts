/**
 * Patterns that name an organisation or a place from a head noun and the words after it.
 *
 * Organisation: HEAD (indefinite: «وزارة», «حزب», «وكالة») then, in order,
 *   - definite words forming the body's name («الخارجية», «العدالة» «والتنمية»), up to three;
 *   - or proper-name words and a quoted name («أنباء «نوفوستي»», «أرامكو»), up to three;
 *   - a known place or organisation inside the name («جامعة القاهرة»);
 *   - then at most one nationality adjective, which closes the name («… الروسية»), after definite
 *     words only: after a proper or quoted name it describes the body («[جامعة ريكو] اليابانية»).
 * A definite word after a proper name starts a new phrase («… «نوفوستي» الحكومية»); a known name
 * closes the proper part. Plural heads («شركات») name no body; heads that are everyday nouns
 * («حركة», «تنظيم», «مجموعة», «جهاز», «رئاسة») need more than one definite word.
 * A descriptor head («شركة», «صحيفة») stays out of a proper or quoted name: «شركة [نوكيا]».
 * National body: «الحكومة»/«الجيش»/… with a nationality or ل + a known country.
 * Place: a NAME_ONLY head takes proper-name words; an OPEN head may take definite words; either
 * may end with a tail adjective («الدولي», «الفضائية»).
 */
import type { EntityKind, Gazetteer } from '../gazetteer/gazetteer.js';
import { isNameWord } from '../people/names.js';
import type { Token } from '../text/tokenize.js';
import { isDefinite, isNonName, speechKind } from '../text/word-class.js';

/** A span found by a pattern: where it ends, the clitic on its first token, its kind and name. */
export interface Found {
  /** Where the span starts, when not at the position read (an administrative head stays out). */
  readonly from?: number;
  readonly to: number;
  readonly prefix: number;
  readonly kind: Exclude<EntityKind, 'person'>;
  /** Canonical name when known; else the span as written is used. */
  readonly name?: string;
}

const MAX_DEFINITE = 3;
/**
 * Indefinite words shaped like a feminine adjective («فنية», «دولية»), a present verb («تعقد»),
 * a participle («مدرجة») or an adverbial accusative («ارتفاعا»): after an organisation head they
 * describe a body («لجنة فنية», «شركة مدرجة») or go on with the sentence, rather than name it.
 */
const COMMON_SHAPE_RE = /(?:يه|يات)$|^س?[يتن][\u0621-\u064A]{3,}$|^م[\u0621-\u064A]{3,}ه$|^ا[\u0621-\u064A]{3,}ا$/;
const MAX_PROPER = 3;
/**
 * An ordinal («الأولى», «الثانية», … «العاشرة») numbers one of many of a kind: «المجموعة الثانية
 * للتصفيات», «اللجنة الأولى للجمعية العامة» are a group and a committee, not a body's own name.
 * Keys: hamza folded to alef, alef maqsura to yeh, taa marbuta to heh.
 */
const ORDINAL_RE = /^ال(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه|عاشر|عاشره)$/;

/** Whether the word is an ordinal adjective (see ORDINAL_RE). */
export function isOrdinal(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && ORDINAL_RE.test(t.key);
}

/**
 * Heads that are everyday nouns as often as bodies: «حركة» (motion: «حركة المرور»), «تنظيم»
 * (organising: «تنظيم الفعاليات»), «مجموعة» (a set: «مجموعة الحوافز»), «جهاز» (a device: «جهاز
 * التحكم»). With one definite word after them they are the common noun; a body needs more
 * («حركة المقاومة الإسلامية») or a proper or known name («حركة فتح»); so does «رئاسة» (chairing,
 * or the office: «تولى رئاسة الحزب»). Keys (ة → ه).
 */
const COMMON_NOUN_HEADS: ReadonlySet<string> = new Set(['حركه', 'تنظيم', 'مجموعه', 'جهاز', 'رئاسه']);

/** A noun with a possessive ending («أرباحها») is the sentence going on, not a body's name. */
const POSSESSED_RE = /(?:ها|هم|هما)$/;
const QUOTE_OPEN = new Set(['«', '"', '“']);
const QUOTE_CLOSE = new Set(['»', '"', '”']);
/** A quoted name inside an organisation's name is short: «نوفوستي», «روس آتوم». */
const MAX_QUOTED_WORDS = 4;

function headReading(heads: ReadonlySet<string>, t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  for (const r of t.readings) if (heads.has(r.base)) return r.prefix;
  return undefined;
}

function plainDefinite(g: Gazetteer, t: Token): boolean {
  return isDefinite(t) && !isNonName(g, t) && !speechKind(g, t);
}

function quotedEnd(tokens: readonly Token[], j: number): number | undefined {
  if (!QUOTE_OPEN.has(tokens[j]?.text ?? '')) return undefined;
  for (let k = j + 1; k <= j + 1 + MAX_QUOTED_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (QUOTE_CLOSE.has(t.text)) return k > j + 1 ? k + 1 : undefined;
    if (t.kind === 'punct') return undefined;
  }
  return undefined;
}

/** A word that continues a genitive chain with ل: «للطاقة», «لصناعة». */
function lamGenitive(t: Token): boolean {
  return t.kind === 'word' && /^و?ل/.test(t.key) && t.key.length > 3;
}

/** A conjunction joining two definite words of a name: «العدالة والتنمية», «الاقتصاد و التجارة». */
function joinedDefinite(g: Gazetteer, tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return 0;
  if (t.key === 'و' && tokens[j + 1] && bareDefinite(g, tokens[j + 1]!)) return 2;
  return t.key.startsWith('وال') && plainDefinite(g, t) ? 1 : 0;
}

/** A genitive chain after a body's name: «ل» + word, then definite words (up to MAX_DEFINITE). */
function readChain(g: Gazetteer, tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t || !lamGenitive(t) || isNonName(g, t)) return j;
  // One definite word closes the chain («لحماية المستهلك»); more is the sentence going on.
  // Without one, only «لل…» is a genitive: «لويس» after a body is a name, not «ل» + «ويس».
  if (tokens[j + 1] && bareDefinite(g, tokens[j + 1]!)) return j + 2;
  return /^و?لل/.test(t.key) ? j + 1 : j;
}

/** A definite word with no preposition glued on: «الفساد», not «بالانتخابات». */
function bareDefinite(g: Gazetteer, t: Token): boolean {
  return plainDefinite(g, t) && !/^[وف]?(?:لل|بال|كال)/.test(t.key);
}

/** An organisation named by its head noun, starting at token i. */
export function readOrgName(g: Gazetteer, tokens: readonly Token[], i: number): Found | undefined {
  const prefix = headReading(g.orgHeads, tokens[i]);
  // «شركات صناعة السيارات» is a kind of company, not one: a plural head names no body.
  if (prefix === undefined || headReading(g.orgPluralHeads, tokens[i]) !== undefined) return undefined;
  let j = i + 1;
  let definite = 0;
  let proper = 0;
  let lastIndefinite = false;
  let afterKnown = false;
  const descriptor = headReading(g.orgDescriptors, tokens[i]) !== undefined;
  while (j < tokens.length) {
    const quoted = quotedEnd(tokens, j);
    if (quoted) {
      // «شركة «ياهو»» names ياهو: the quoted words alone.
      if (descriptor && j === i + 1) return { from: j + 1, to: quoted - 1, prefix: 0, kind: 'organization' };
      // A quoted name closes the body's name; a nationality after it describes it, as after a
      // proper name: «[مؤسسة «…»] النرويجية».
      j = quoted;
      break;
    }
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const nat = g.nationalities.match(tokens, j, false);
    if (nat && j > i + 1) {
      // After definite words the nationality names the body («وزارة الخارجية [الروسية]»); after
      // a proper name it describes it, as after a known body: «جامعة ريكو» اليابانية.
      if (definite > 0 || proper === 0) j = readChain(g, tokens, nat.to);
      break;
    }
    const known = g.entities.match(tokens, j);
    if (known && known.value.kind !== 'person') {
      j = known.to;
      proper++;
      afterKnown = true;
      continue;
    }
    // Definite words name the body («وزارة الخارجية»), also after one common noun in a genitive
    // chain («هيئة تنمية الصادرات»), but not after a proper name («… «نوفوستي» الحكومية»).
    if ((proper === 0 || lastIndefinite) && definite < MAX_DEFINITE && bareDefinite(g, t)) {
      j++;
      definite++;
      lastIndefinite = false;
      continue;
    }
    const joined = definite > 0 ? joinedDefinite(g, tokens, j) : 0;
    if (joined) {
      j += joined;
      definite++;
      continue;
    }
    if (definite > 0 && lamGenitive(t) && !isNonName(g, t)) {
      j = readChain(g, tokens, j);
      break;
    }
    // A known name closes the proper part: «حركة حماس [قبلت]», «تنظيم القاعدة [أكبر]».
    if (definite === 0 && !afterKnown && proper < MAX_PROPER && !isDefinite(t) && isNameWord(g, tokens, j) && !COMMON_SHAPE_RE.test(t.key) && !POSSESSED_RE.test(t.text)) {
      j++;
      proper++;
      lastIndefinite = true;
      continue;
    }
    break;
  }
  if (j <= i + 1) return undefined;
  if (proper === 0 && definite < 2 && headReading(COMMON_NOUN_HEADS, tokens[i]) !== undefined) return undefined;
  // «شركة نوكيا», «صحيفة نيويورك تايمز»: a proper name after a descriptor is the name.
  if (descriptor && definite === 0) return { from: i + 1, to: j, prefix: 0, kind: 'organization' };
  return { to: j, prefix, kind: 'organization' };
}

/**
 * A national body: a listed common noun («الحكومة», «الجيش») or any organisation head with the
 * article («الرابطة», «الاتحاد»), then a nationality or ل + a known country, then an optional
 * genitive chain («الاتحاد الصيني لشركات صناعة السيارات»).
 */
export function readNationalBody(g: Gazetteer, tokens: readonly Token[], i: number): Found | undefined {
  const listed = g.nationalBodies.match(tokens, i);
  const t = tokens[i];
  const definiteHead =
    !listed && t && t.kind === 'word' ? t.readings.find((r) => r.base.startsWith('ال') && g.orgHeads.has(r.base.slice(2)) && !g.orgPluralHeads.has(r.base.slice(2))) : undefined;
  const head = listed ?? (definiteHead ? { to: i + 1, prefix: definiteHead.prefix } : undefined);
  if (!head) return undefined;
  const nat = g.nationalities.match(tokens, head.to, false);
  if (nat) return { to: listed ? nat.to : readChain(g, tokens, nat.to), prefix: head.prefix, kind: 'organization' };
  // «الهيئة الوطنية لمكافحة الفساد», «الشركة الوطنية للأسمدة»: a definite head, adjectives,
  // then a genitive chain with ل, which makes it one body rather than «the national company».
  if (definiteHead) {
    let j = head.to;
    while (j < head.to + 2 && tokens[j] && plainDefinite(g, tokens[j]!) && !/^[وف]?(?:لل|بال)/.test(tokens[j]!.key)) {
      if (isOrdinal(tokens[j])) return undefined;
      j++;
    }
    const chained = j > head.to ? readChain(g, tokens, j) : j;
    if (chained > j) return { to: chained, prefix: head.prefix, kind: 'organization' };
  }
  const country = g.entities.match(tokens, head.to);
  if (listed && country && country.value.kind === 'place' && country.prefix > 0 && country.value.country === country.value.name) {
    return { to: country.to, prefix: head.prefix, kind: 'organization' };
  }
  return undefined;
}

/** A definite word shaped like a feminine nisba, as souks and quarters are named («الحميدية»). */
const NISBA_NOUN_RE = /ي[ةه]$/;

/** A place named by its head noun («قاعدة فوستوشني الفضائية», «نهر النيجر»), starting at token i. */
export function readPlaceName(g: Gazetteer, tokens: readonly Token[], i: number): Found | undefined {
  const admin = headReading(g.placeHeadsAdmin, tokens[i]);
  const nameOnly = admin ?? headReading(g.placeHeadsNameOnly, tokens[i]);
  const open = nameOnly === undefined ? headReading(g.placeHeadsOpen, tokens[i]) : undefined;
  const prefix = nameOnly ?? open;
  if (prefix === undefined) return undefined;
  const proper = open !== undefined && headReading(g.placeHeadsOpenProper, tokens[i]) !== undefined;
  let j = i + 1;
  const known = g.entities.match(tokens, j, false);
  if (known && known.value.kind === 'place') {
    // «مدينة الرياض» is the known city; «نهر النيجر» is a river, not the country.
    if (admin !== undefined) return undefined;
    j = known.to;
  } else {
    let words = 0;
    while (j < tokens.length && words < MAX_PROPER) {
      const t = tokens[j]!;
      if (t.kind !== 'word' || g.placeTailAdjectives.has(t.key)) break;
      const definiteOk = open !== undefined && plainDefinite(g, t) && words === 0 && (!proper || NISBA_NOUN_RE.test(t.text));
      if (!definiteOk && (isDefinite(t) || !isNameWord(g, tokens, j))) break;
      j++;
      words++;
    }
    if (words === 0) return undefined;
  }
  if (g.placeTailAdjectives.has(tokens[j]?.key ?? '')) j++;
  return admin !== undefined ? { from: i + 1, to: j, prefix: 0, kind: 'place' } : { to: j, prefix, kind: 'place' };
}
