/**
 * Reads a role phrase: titles and honorifics, then what qualifies them, up to the name.
 *
 *   ROLE := (TITLE | HONORIFIC | RELATIVE)+ QUALIFIER*
 *   QUALIFIER := nationality («الروسي», «الكوري الشمالي») | country or organisation
 *              («بيلاروسيا», «للأمم المتحدة») | a definite word («الخارجية», «السابق»)
 *              | an organisation head with its words («حزب المحافظين») | «باسم»
 * «وزير الخارجية الروسي سيرغي لافروف» reads as title «وزير الخارجية», country روسيا.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { rawOffsetAfterKeyChars } from '../text/key.js';
import type { Token } from '../text/tokenize.js';
import { isDefinite, isGivenName, isNonName, speechKind } from '../text/word-class.js';
import type { Role } from '../types.js';

/** A role phrase found in a token stream. */
export interface RoleMatch {
  readonly from: number;
  readonly to: number;
  /** Character offset where the role starts, clitics trimmed. */
  readonly start: number;
  /** The role; null when only honorifics were found («السيد»). */
  readonly role: Role | null;
  /** The first title word carries the article («الرئيس»), so alone it can point back. */
  readonly definite: boolean;
  /** An indefinite descriptor («مسؤول برازيلي رفيع»): no name follows it. */
  readonly anonymous: boolean;
}

/** Ranks that stand between a role and a name without belonging to the role, as keys. */
const RANKS = new Set(['قاضي', 'لواء', 'عميد', 'عقيد', 'فريق', 'مقدم', 'رائد', 'نقيب', 'جنرال', 'مشير', 'سفير', 'محامي', 'ادميرال']);

/** Adjectives that may follow the nationality in a role, as keys. */
const ROLE_TAIL = new Set(
  'السابق السابقه الاسبق الجديد الجديده الحالي الحاليه المكلف المكلفه المستقيل المعارض المؤقت المنتخب المنتخبه المقبل'.split(' '),
);

/** Definite qualifiers in a row: «الخارجية», «العام», «السابق» (more is a new clause). */
const MAX_DEFINITE_QUALIFIERS = 2;
const MAX_ROLE_TOKENS = 9;
const BASM = 'باسم';

function relativeAt(g: Gazetteer, tokens: readonly Token[], i: number): { to: number; prefix: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  for (const r of t.readings) if (g.relativeTitles.has(r.base)) return { to: i + 1, prefix: r.prefix };
  return undefined;
}

/**
 * A preposition phrase that qualifies a title, kept only when a nationality or a name follows
 * it: «الخاصة بشؤون المياه», «الخبير في شؤون الطاقة الأردني». Forms: «في» + words, or a word
 * with ب/ل glued on; then at most one indefinite noun and one or two definite words.
 */
function prepositionPhrase(g: Gazetteer, tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return k;
  let j = k;
  if (t.key === 'في') j++;
  else if (!/^[بل][\u0621-\u064A]{3,}$/.test(t.key) || isGivenName(g, t)) return k;
  if (t.key === 'في' && tokens[j]?.kind === 'word' && !isDefinite(tokens[j]!) && !isNonName(g, tokens[j]!)) j++;
  if (t.key !== 'في') {
    j++;
    // «لنقابة عمال الصناعات»: one more noun in construct before the definite words.
    const noun = tokens[j];
    if (!/^(?:لل|بال)/.test(t.key) && noun?.kind === 'word' && !isDefinite(noun) && !isNonName(g, noun) && !isGivenName(g, noun) && tokens[j + 1] && isDefinite(tokens[j + 1]!)) j++;
  }
  // «للشركة», «بالوزارة» carry the article themselves: the phrase may end there.
  const ownArticle = t.key !== 'في' && /^(?:لل|بال)/.test(t.key);
  let definite = 0;
  const known = g.entities.match(tokens, j);
  if (known && known.value.kind !== 'person') {
    // «في جامعة قطر», «لدى البنك الدولي»: a known name closes the phrase.
    j = known.to;
    definite++;
  }
  while (
    definite < MAX_DEFINITE_QUALIFIERS &&
    tokens[j] &&
    isDefinite(tokens[j]!) &&
    !isNonName(g, tokens[j]!) &&
    !g.givenNames.has(tokens[j]!.key) &&
    !g.nationalities.match(tokens, j, false)
  ) {
    j++;
    definite++;
  }
  if (definite === 0 && !ownArticle) return k;
  const next = tokens[j];
  const followed =
    !!next && next.kind === 'word' && (!!g.nationalities.match(tokens, j, false) || ((!isDefinite(next) || g.givenNames.has(next.key)) && !isNonName(g, next)));
  return followed ? j : k;
}

/** Possessive endings on a title: «رئيسها التنفيذي», «نائبه», «وزيرهم». */
const POSSESSIVE_RE = /(?:ه|ها|هم|هما)$/;

/** A title with a possessive ending, read as that title. */
function possessedTitle(g: Gazetteer, tokens: readonly Token[], i: number): { to: number; prefix: number; value: { title: string } } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || isDefinite(t)) return undefined;
  // On the written word: the key folds ة into ه, and «محافظة» is no «محافظ» + «ه».
  const m = POSSESSIVE_RE.exec(t.text);
  if (!m) return undefined;
  const base = t.key.slice(0, -m[0].length);
  // «رئيستها» is «رئيسة» + «ها»: the taa marbuta opens before a suffix.
  const fact = g.titles.getKey(base) ?? (base.endsWith('ت') ? g.titles.getKey(base.slice(0, -1) + 'ه') : undefined);
  return fact && !base.startsWith('ال') ? { to: i + 1, prefix: 0, value: fact } : undefined;
}

/** The role phrase starting at token `i`, if a title, honorific or relative title opens there. */
export function readRole(g: Gazetteer, text: string, tokens: readonly Token[], i: number): RoleMatch | undefined {
  const title = g.titles.match(tokens, i);
  const honorific = g.honorifics.match(tokens, i);
  const relative = relativeAt(g, tokens, i);
  const owned = title || honorific || relative ? undefined : possessedTitle(g, tokens, i);
  const opener = [title, honorific, relative, owned].filter((m) => m !== undefined).sort((a, b) => b!.to - a!.to)[0];
  if (!opener) return undefined;
  const first = tokens[i]!;
  const start = first.start + rawOffsetAfterKeyChars(first.text, opener.prefix);
  let canonical = title && title.to === opener.to ? title.value.title : owned ? owned.value.title : '';
  const isRelative = !!relative && opener === relative;
  let country: string | null = null;
  let k = opener.to;
  let definiteRun = 0;
  let anonymous = false;
  let afterNationality = false;
  let roleEnd: number | undefined;
  while (k < tokens.length && k - i < MAX_ROLE_TOKENS) {
    const moreTitle = g.titles.match(tokens, k, false);
    const more = moreTitle ?? g.honorifics.match(tokens, k, false);
    if (more) {
      if (!canonical && moreTitle) canonical = moreTitle.value.title;
      // A second title after qualifiers is the person's rank, not part of the role:
      // «الناطق باسم النيابة العامة القاضي رضا بن عمر».
      const rank = !moreTitle || RANKS.has(moreTitle.value.title.replace(/^ال/, ''));
      if (k > opener.to && canonical && rank) roleEnd ??= k;
      k = more.to;
      continue;
    }
    const nat = g.nationalities.match(tokens, k, false);
    if (nat) {
      country ??= nat.value;
      // «مسؤول برازيلي»: an indefinite nationality makes an anonymous descriptor, not a role.
      if (!isDefinite(tokens[k]!)) anonymous = true;
      k = nat.to;
      definiteRun = 0;
      afterNationality = true;
      continue;
    }
    const known = g.entities.match(tokens, k);
    if (known && known.value.kind !== 'person') {
      if (known.value.kind === 'place') country ??= known.value.country ?? known.value.name;
      k = known.to;
      definiteRun = 0;
      continue;
    }
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (t.key === BASM || g.orgHeads.has(t.key)) {
      k++;
      definiteRun = 0;
      continue;
    }
    // After the nationality only a few adjectives still belong to the role («… الأمريكي
    // السابق»); other definite words start the sentence's object («الوزير القطري القمة»).
    const allowed = afterNationality ? ROLE_TAIL.has(t.key) : definiteRun < MAX_DEFINITE_QUALIFIERS;
    // «للشركة», «بالوزارة» open a preposition phrase (below), not a qualifier.
    const bare = !/^[وف]?(?:لل|بال|كال)/.test(t.key);
    // A known person's surname is the name, not a qualifier: «الرئيس [الأسد]», «الرئيس [السنيورة]».
    const knownPerson = g.entities.getKey(t.key)?.kind === 'person';
    if (isDefinite(t) && bare && allowed && !knownPerson && !isNonName(g, t) && !speechKind(g, t) && !isGivenName(g, t)) {
      k++;
      definiteRun++;
      continue;
    }
    const pp = prepositionPhrase(g, tokens, k);
    if (pp > k) {
      k = pp;
      definiteRun = 0;
      continue;
    }
    break;
  }
  const role: Role | null =
    canonical || isRelative
      ? {
          text: text.slice(start, tokens[(roleEnd ?? k) - 1]!.end),
          title: canonical,
          country,
          relative: isRelative,
        }
      : null;
  // Definite as a whole: «الرئيس», or a title in construct with a definite word or a known
  // name after it («زعيم المعارضة», «رئيسة الوزراء», «رئيس بيلاروسيا»), or owned («رئيسها»).
  const after = tokens[opener.to];
  const definite =
    isDefinite(first) ||
    !!owned ||
    tokens.slice(i + 1, opener.to).some((t) => isDefinite(t)) ||
    (k > opener.to && !!after && (isDefinite(after) || !!g.entities.match(tokens, opener.to)));
  return { from: i, to: k, start, role, definite, anonymous };
}
