/**
 * Where a person's name ends, read word by word from where it starts.
 *
 * A name is one to four words that are not function words, speech verbs, titles, nationality
 * adjectives or known places, and carry no tanween (names never do: «مجدداً» ends a name).
 * Particles join the next word to the name: بن، ابن، بنت، أبو، أبي، آل، عبد، أم، ولد, and the
 * Latin ones inside foreign names (فون، دي، دا، فان). A word with the article («الأسد») is a
 * name only after a particle or an Arabic given name: elsewhere it starts a common noun.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Token } from '../text/tokenize.js';
import { isDefinite, isNonName, speechKind } from '../text/word-class.js';

const PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ال', 'عبد', 'ام', 'ولد', 'اولاد']);
const MIDDLE_PARTICLES = new Set(['فون', 'دي', 'دا', 'فان', 'دير', 'دو', 'لا', 'دل', 'ديل']);
/** Regnal ordinals that close a name: «عبد الله الثاني», «محمد السادس». */
const ORDINALS = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']);
/** Second words of compound Arabic given names. */
const COMPOUND_SECOND = new Set(['الدين', 'الزهراء', 'الاسلام', 'العابدين', 'الله', 'الرحمن', 'الهدي', 'النور']);
const PREPOSITION_NOUN_RE = /^[بلك][\u0621-\u064A]{2,}ة$/;
/** Possessive and object pronouns when a tokeniser wrote them as words of their own. */
const DETACHED_PRONOUNS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'نا']);
const TANWEEN_RE = /[\u064B-\u064D]/;
/** Present-tense prefixes (ي، ت، ن, with the future س) on a word of four letters or more. */
const PRESENT_VERB_RE = /^س?[يتن][\u0621-\u064A]{3,}$/;
const FIRST_VERB_RE = /^س?[يت][\u0621-\u064A]{3,}$/;
/** A noun of three letters or more with a possessive ending («تفاؤله», «حكومتها»); written
 * text, since the key folds ة into ه. */
const POSSESSED_RE = /^[\u0621-\u064A]{3,}(?:ه|ها|هم|هما)$/;
/** A family name shaped like a nisba: «الكندي», «الشمري», «الجبوري». */
export const NISBA_FAMILY_RE = /^ال[\u0621-\u064A]{3,}ي$/;
/**
 * Verbal nouns of derived forms, which follow a role as its object («رفض الرئيس ترسيم الحدود»,
 * «قرر الوزير تشكيل فرق», «استخدام», «إطلاق»): تفعيل, استفعال, إفعال. No name opens with one
 * unless it is a given name («تيسير», «إدوار»), which is checked first. A long vowel after the
 * «ت» is a transliteration more often than a root letter («توريس», «تيري»): those stay names.
 */
const MASDAR_RE = /^(?:ت[^\u0627\u0648\u064A][\u0621-\u064A]ي[\u0621-\u064A]|است[\u0621-\u064A]{2}ا[\u0621-\u064A]|ا[\u0621-\u064A]{2}ا[\u0621-\u064A])$/;
/** Four plain words hold almost every name; particles add up to two more. */
const MAX_PLAIN = 4;
const MAX_WORDS = 6;

/** Options for reading a name. */
export interface NameOptions {
  /** Key to read the first token as (its clitic-free reading). */
  readonly firstKey?: string;
  /** The first word is an Arabic given name, so a word with the article may close the name. */
  readonly arabicStart?: boolean;
  /** Headline or caption style, where verbs follow roles directly. */
  readonly telegraphic?: boolean;
}

/** Whether a token can stand inside a name (not a function word, title, place…). */
export function isNameWord(g: Gazetteer, tokens: readonly Token[], i: number, key?: string): boolean {
  const t = tokens[i];
  // Latin words count only when capitalised («Apple»); digits never.
  if (!t || t.kind !== 'word' || (/[a-z0-9]/i.test(t.text) && !/^[A-Z]/.test(t.text))) return false;
  const k = key ?? t.key;
  if (k.length < 2 || TANWEEN_RE.test(t.text)) return false;
  // A pronoun written apart («قول ه», «علي ه») belongs to a noun, verb or preposition, never a name.
  if (DETACHED_PRONOUNS.has(tokens[i + 1]?.text ?? '')) return false;
  // «بابتسامة», «لمدرسة»: a preposition glued to a feminine noun, not a name.
  if (PREPOSITION_NOUN_RE.test(t.text) && !g.givenNames.has(k)) return false;
  if (key === undefined && (isNonName(g, t) || speechKind(g, t))) return false;
  if (key !== undefined && (g.nonNameWords.has(k) || g.speechWords.has(k)) && !g.givenNames.has(k)) return false;
  // «ونظيره», «والرئيس»: a new title behind a conjunction ends the name too.
  if (g.relativeTitles.has(k) || g.groupSpeakers.has(k) || (k.startsWith('و') && g.relativeTitles.has(k.slice(1)))) return false;
  // An honorific ends a name only when a name follows it: «منصف الحاج:» ends with a surname.
  const honorific = g.honorifics.match(tokens, i);
  if (g.titles.match(tokens, i) || (honorific && tokens[honorific.to]?.kind === 'word')) return false;
  if (g.nationalities.match(tokens, i, false)) return false;
  // Heads of bodies and places are common nouns: «شركة», «وزارة», «مدينة».
  if (g.orgHeads.has(k) || g.placeHeadsAdmin.has(k) || g.placeHeadsNameOnly.has(k) || g.placeHeadsOpen.has(k)) return false;
  const known = g.entities.match(tokens, i, false);
  if (known && known.value.kind !== 'person') return false;
  return true;
}

/** Whether the tokens from `from` to `to` are a known person's name, whole. */
function knownEndsAt(g: Gazetteer, tokens: readonly Token[], from: number, to: number): boolean {
  const known = g.entities.match(tokens, from);
  return known?.value.kind === 'person' && known.to === to;
}

/** One past the last token of the name starting at `from`; `from` itself when there is none. */
export function readName(g: Gazetteer, tokens: readonly Token[], from: number, opts: NameOptions = {}): number {
  let i = from;
  let units = 0;
  let plain = 0;
  let particle = false;
  // Whether the last unit was a plain given name: a third unit follows only a given name
  // (Western middle names «كلاس يان هانتيلار»), is one itself (Arabic chains «علي عبد الله صالح»),
  // or sits inside an East Asian name («كيم جونغ أون»); elsewhere a third word is usually the
  // next clause («… رايس ستزور», «… عبد العظيم برنامجا»).
  let afterGiven = false;
  const familyFirst = g.familyFirstNames.has(opts.firstKey ?? tokens[from]?.key ?? '');
  while (i < tokens.length && i - from < MAX_WORDS) {
    const t = tokens[i]!;
    const key = i === from ? (opts.firstKey ?? t.key) : t.key;
    if (t.kind !== 'word') break;
    const next = tokens[i + 1];
    if (PARTICLES.has(key) && next?.kind === 'word' && !isNonName(g, next)) {
      // «بن سلمان», «عبد الفتاح», «آل ثاني»: the particle and its word are one unit.
      i += 2;
      units++;
      particle = true;
      afterGiven = false;
      continue;
    }
    if (units > 0 && MIDDLE_PARTICLES.has(key) && next && isNameWord(g, tokens, i + 1)) {
      i += 2;
      units++;
      afterGiven = false;
      continue;
    }
    if (units > 0 && ORDINALS.has(key)) {
      i++;
      break;
    }
    // A known person's whole name read so far ends the name unless a given name or a known
    // name word follows: «الرئيس [شيراك] شذ», «[محمود عباس] حدوث» («جورج بوش الابن» stops anyway).
    if (units > 0 && !particle && knownEndsAt(g, tokens, from, i) && !g.givenNames.has(key) && !g.entities.getKey(key)) break;
    // A word with the article closes an Arabic name of one unit: «بشار الأسد», «عبد الفتاح
    // السيسي»; after two units it is the next phrase («… صالح اليمين»).
    const definite = i !== from && isDefinite(t);
    // Compound given names: «فاطمة الزهراء», «نور الدين», «سيف الإسلام» stay one unit.
    if (definite && units === 1 && !particle && opts.arabicStart && COMPOUND_SECOND.has(key)) {
      i++;
      plain++;
      continue;
    }
    // «محمد سعيد الكندي»: an Arabic name of two or three units may close with a family name shaped
    // like a nisba (ال…ي); elsewhere a word with the article after two units is the next phrase.
    const nisbaFamily = definite && (particle || opts.arabicStart) && units >= 2 && units <= 3 && NISBA_FAMILY_RE.test(key);
    if (definite && !nisbaFamily && !((particle || opts.arabicStart) && units === 1)) break;
    if (!isNameWord(g, tokens, i, i === from ? opts.firstKey : undefined)) break;
    // …unless the third word is a person the gazetteer knows by that word («رجب طيب أردوغان»).
    const knownThird = units === 2 && g.entities.getKey(key)?.kind === 'person';
    if (!definite && units >= 2 && !afterGiven && !g.givenNames.has(key) && !(familyFirst && units < 3) && !knownThird) break;
    // After two units, a word shaped like a present-tense verb is the next clause: «… يصافح»;
    // after one, a noun with a possessive ending is («الرئيس توريس تفاؤله»).
    if (units >= 2 && PRESENT_VERB_RE.test(key) && !g.givenNames.has(key)) break;
    if (units === 0 && MASDAR_RE.test(key) && !g.givenNames.has(key) && !g.familyFirstNames.has(key) && !g.entities.getKey(key)) break;
    // Headlines and captions put the verb right after the role («الرئيسة الفنلندية ترحب …»);
    // there a first word shaped like ي/ت + verb is no name. In prose it may be («توريس»).
    if (units === 0 && opts.telegraphic && FIRST_VERB_RE.test(key) && !g.givenNames.has(key) && !g.familyFirstNames.has(key)) break;
    if (units >= 1 && POSSESSED_RE.test(t.text) && !g.givenNames.has(key)) break;
    if (plain >= MAX_PLAIN) break;
    i++;
    plain++;
    units++;
    afterGiven = g.givenNames.has(key);
    if (definite) break;
  }
  return i;
}
