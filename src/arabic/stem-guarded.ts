/**
 * The stemmer's lexicon-guarded rules: each strips an ambiguous affix only when the corpus
 * lexicon (evidence.ts) says what remains is a word, and defers to the safe rules (stem-safe.ts)
 * for words the lexicon has never seen.
 */
import {
  CLITIC_PREFIXES,
  FEMININE_SUFFIX,
  FUTURE_PREFIXES,
  HAMZA_SEAT,
  IMPERFECT_LETTERS,
  PAST_STEM_OPENERS,
  PAST_TEH,
  PERSONAL_PRONOUN_SUFFIXES,
  PLURAL_PARTNERS,
  PLURAL_SUFFIXES,
  PRONOUN_SUFFIXES,
} from './affixes.js';
import type { Evidence } from './evidence.js';
import { closeTeh, LONE_HEH, MIN_STEM, splitArticleStack, stripPluralSafely, stripPronounSafely } from './stem-safe.js';

/** Future س + imperfect prefix + a three-letter root. */
const MIN_AFTER_FUTURE = 4;
/** An imperfect prefix needs two root letters after it, the third being a dropped و or a past alef (يصل/وصل). */
const MIN_IMPERFECT = 3;
/**
 * How common the rest must be, next to the whole word, before a bare preposition ب or ل goes: a
 * name that merely starts with the letter is far commoner than its "rest" (لبنان 45 × بنان 4 in
 * the ANT corpus), while a real preposition leaves a commoner rest (بتونس 471 × تونس 4153).
 */
const PREPOSITION_RATIO = 1;
/**
 * The same when the rest takes the article, i.e. is a noun: looser, because a set phrase can make
 * the prefixed form the commoner («لكرة القدم»: لكرة 735 × كرة/الكرة 281).
 */
const PREPOSITION_BEFORE_NOUN_RATIO = 0.2;
/**
 * The same for a stack opened by the conjunction و or ف, far looser: «و» opens whole sentences
 * in news prose, so «وأضاف» is commoner than «أضاف»; the article test already keeps وزير, ولاية.
 */
const CONJUNCTION_RATIO = 0.05;
/**
 * How common the past form must be, next to an imperfect or ت-ending word, before it is reduced
 * to it. Below 1 because headlines use the imperfect (يكشف) more than bodies use the past (كشف).
 */
const VERB_RATIO = 0.5;
const CONJUNCTIONS = ['و', 'ف'];
const LAM = 'ل';
const FEMININE_PLURAL = 'ات';
const PAST_OPENER_ALEF = 'ا';

/** The rules of stem.ts, each guarded by the lexicon. */
export interface GuardedRules {
  proclitics(w: string): string;
  pronoun(w: string): string;
  plural(w: string): string;
  pastTeh(w: string): string;
  imperfect(w: string): string;
}

/** Binds the guarded rules to a lexicon's evidence. */
export function guardedRules(ev: Evidence): GuardedRules {
  const closeTehIfSeen = (rest: string): string => (ev.seen(closeTeh(rest)) ? closeTeh(rest) : rest);

  const pronoun = (w: string): string => {
    const safe = stripPronounSafely(w);
    if (!ev.seen(w) && !ev.seen(safe)) return safe; // the lexicon is silent: the safe rule decides
    if (ev.takesArticle(w)) return w; // a noun with the article carries no pronoun
    for (const suffix of [...PRONOUN_SUFFIXES, ...PERSONAL_PRONOUN_SUFFIXES]) {
      const rest = w.slice(0, -suffix.length);
      if (!w.endsWith(suffix) || rest.length < MIN_STEM) continue;
      const stem = closeTehIfSeen(rest);
      // A final ه whose ة spelling is at least as common is an undotted taa marbuta, not «his».
      const undotted = suffix === LONE_HEH && ev.count(rest + FEMININE_SUFFIX) >= ev.count(w);
      if (ev.seen(stem) && !undotted) return stem;
    }
    return w;
  };

  const plural = (w: string): string => {
    const safe = stripPluralSafely(w);
    if (!ev.seen(w) && !ev.seen(safe)) return safe;
    for (const suffix of PLURAL_SUFFIXES) {
      const rest = w.slice(0, -suffix.length);
      if (!w.endsWith(suffix) || rest.length < MIN_STEM) continue;
      const partnered = (PLURAL_PARTNERS[suffix] ?? []).some((p) => ev.seen(rest + p));
      const verbPlural = IMPERFECT_LETTERS.includes(rest[0]!) && ev.count(rest) > 0;
      if (!partnered && !verbPlural && !(suffix === FEMININE_PLURAL && ev.seen(rest))) continue;
      // ات replaces a ة («ولايات» → «ولاية») or is added to a bare stem («انتخابات» → «انتخاب»).
      const stem = suffix === FEMININE_PLURAL && ev.seen(rest + FEMININE_SUFFIX) ? rest + FEMININE_SUFFIX : closeTehIfSeen(rest);
      return ev.seen(stem) ? stem : w;
    }
    return w;
  };

  /** «أكدت» → «أكد»: only when the bare form is common enough and the word is no noun («الكويت»). */
  const pastTeh = (w: string): string => {
    if (!w.endsWith(PAST_TEH) || w.length - 1 < MIN_STEM || ev.takesArticle(w)) return w;
    const rest = w.slice(0, -1);
    return ev.count(rest) > 0 && ev.count(rest) >= VERB_RATIO * ev.count(w) ? rest : w;
  };

  /** «يكشف» → «كشف», «يوضح» → «أوضح», «يؤكد» → «أكد»: the commonest attested past form wins. */
  const imperfect = (w: string): string => {
    if (w.length < MIN_IMPERFECT || !IMPERFECT_LETTERS.includes(w[0]!) || ev.takesArticle(w)) return w;
    const rest = w.slice(1);
    const candidates = PAST_STEM_OPENERS.map((opener) => opener + rest).filter((c) => c.length >= MIN_STEM);
    if (rest.startsWith(HAMZA_SEAT)) candidates.push(PAST_OPENER_ALEF + rest.slice(1));
    let best = w;
    for (const c of candidates) if (ev.count(c) > (best === w ? 0 : ev.count(best))) best = c;
    return best !== w && ev.count(best) >= VERB_RATIO * ev.count(w) ? best : w;
  };

  const inflection = (w: string): string => imperfect(pastTeh(plural(pronoun(w))));

  /** A bare proclitic goes only if the rest (or its inflection-free stem) is attested and common enough. */
  const restIsWord = (w: string, rest: string): boolean => {
    const bare = inflection(rest);
    const restCount = ev.family(rest) + (bare === rest ? 0 : ev.family(bare));
    const ratio = CONJUNCTIONS.includes(w[0]!)
      ? CONJUNCTION_RATIO
      : ev.takesArticle(bare)
        ? PREPOSITION_BEFORE_NOUN_RATIO
        : PREPOSITION_RATIO;
    return restCount > 0 && restCount >= ratio * ev.count(w);
  };

  const proclitics = (w: string): string => {
    const stack = splitArticleStack(w);
    if (stack) {
      // «للجنة» is ل + اللجنة with one of three lams dropped: the stem may begin with the lam.
      const withLam = LAM + stack.rest;
      const lamDropped = stack.prefix.endsWith(LAM + LAM) && ev.takesArticle(withLam);
      return lamDropped && ev.family(withLam) > ev.family(stack.rest) ? withLam : stack.rest;
    }
    // A word whose pronoun-free form takes the article is a noun stem, so its first letter is a
    // root letter: «وزيرها» = وزير + ها, not و + زيرها.
    if (ev.takesArticle(w) || ev.takesArticle(pronoun(w))) return w;
    for (const prefix of FUTURE_PREFIXES) {
      const rest = w.slice(prefix.length);
      if (w.startsWith(prefix) && rest.length >= MIN_AFTER_FUTURE && IMPERFECT_LETTERS.includes(rest[0]!) && restIsWord(w, rest))
        return rest;
    }
    for (const prefix of CLITIC_PREFIXES) {
      const rest = w.slice(prefix.length);
      if (w.startsWith(prefix) && rest.length >= MIN_STEM && restIsWord(w, rest)) return rest;
    }
    return w;
  };

  return { proclitics, pronoun, plural, pastTeh, imperfect };
}
