/**
 * A light Arabic stemmer: strips clitics and inflection, never digs for roots.
 *
 * Rules, applied to a word in the stemmer's input form (normalised, ة kept), in this order:
 *  1. Proclitics, one stack at most: conjunction و/ف + preposition ب/ك/ل + article ال
 *     («وبالمدرسة» → «مدرسة»); with a lexicon also a bare conjunction/preposition («وقال» → «قال»)
 *     or the future particle س before an imperfect verb («سيكتبونها» → «يكتبونها»).
 *  2. One attached pronoun: ه ها هم هما كم كما هن كن نا («أطفالهم» → «أطفال»), and with a
 *     lexicon ي ني ك.
 *  3. One plural, dual or verb-plural ending: ات ون ين ان وا («المعلمون» → «معلم»).
 *  4. A teh left open by a suffix is closed again: «حكومتها» → «حكومت» → «حكومة».
 *  5. With a lexicon, the past ending ت («أكدت» → «أكد») and the imperfect prefix ي/ت/ن, which
 *     meets the past form: «يكشف» → «كشف», «يوضح» → «أوضح», «يؤكد» → «أكد». Headlines speak
 *     in the present, article bodies in the past.
 *
 * Guards against over-stemming (Lucene makes لبنان → لبن and القمة → قم; this must not):
 *  - Minimum lengths, each with its reason below.
 *  - Without a lexicon only the unambiguous affixes go: article stacks, suffixes when a long
 *    enough stem remains. A bare و ف ب ك ل س stays, because too many words begin with those
 *    letters (وزير، فريق، بيان، كبير، لبنان، سياسة).
 *  - With a lexicon, learned at index time from the corpus itself (lexicon.ts), an affix goes
 *    only when what remains is attested; a word attested with the article is a stem (see
 *    evidence.ts), so «وزير» keeps its و and «مدرسة» its ة; a bare proclitic goes only when the
 *    rest is at least as common as the whole word («لبنان» ≫ «بنان»); and a plural or dual ending
 *    only when a partner form is attested too («لبنان» keeps ان: «لبنين» is not a word).
 * "Do not stem this" is not decided here: the analyzer skips tokens marked as keywords.
 */
import {
  ARTICLE_PREFIXES,
  CLITIC_PREFIXES,
  FEMININE_SUFFIX,
  FUTURE_PREFIXES,
  HAMZA_SEAT,
  IMPERFECT_LETTERS,
  OPEN_TEH,
  PAST_STEM_OPENERS,
  PAST_TEH,
  PERSONAL_PRONOUN_SUFFIXES,
  PLURAL_PARTNERS,
  PLURAL_SUFFIXES,
  PRONOUN_SUFFIXES,
} from './affixes.js';
import { evidenceFrom, type StemLexicon } from './evidence.js';

export type { StemLexicon };

/** Options of `createStemmer`. */
export interface StemmerOptions {
  /** Words of the corpus with their counts (lexicon.ts); without it only the safe rules apply. */
  readonly lexicon?: StemLexicon;
}

/** Reduces a word (stemmer input form) to its light stem. */
export type Stemmer = (word: string) => string;

/** The article attaches to two-letter nouns (يد hand, أب father): keep at least two letters. */
const MIN_AFTER_ARTICLE = 2;
/** Arabic roots have three letters or more; a shorter rest means a root letter was taken for an affix. */
const MIN_STEM = 3;
/** Future س + imperfect prefix + a three-letter root. */
const MIN_AFTER_FUTURE = 4;
/** An imperfect prefix needs two root letters after it, the third being a dropped و or a past alef (يصل/وصل). */
const MIN_IMPERFECT = 3;
/** Without a lexicon, a lone final ه is as likely an undotted ة (مدرسه) as «his»: demand a longer stem. */
const MIN_STEM_BEFORE_LONE_HEH = 4;
/** Without a lexicon, ان ends many singular nouns (لبنان، سلطان، ميدان): demand a longer stem. */
const MIN_STEM_BEFORE_DUAL = 4;
/**
 * How common the rest must be, next to the whole word, before a bare preposition ب ك ل goes: a
 * name that merely starts with the letter is far commoner than its "rest" (لبنان 45 × بنان 4 in
 * the ANT corpus), while a real preposition leaves a commoner rest (بتونس 471 × تونس 4153).
 */
const PREPOSITION_RATIO = 1;
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
const LONE_HEH = 'ه';
const CONJUNCTIONS = ['و', 'ف'];
const DUAL = 'ان';
const FEMININE_PLURAL = 'ات';
const PAST_OPENER_ALEF = 'ا';
/** Memoised words per stemmer before the memo is dropped (bounds memory in a long-running server). */
const MEMO_LIMIT = 200_000;

/** Builds a stemmer; pass the corpus lexicon to strip more, and more safely. */
export function createStemmer(options: StemmerOptions = {}): Stemmer {
  const ev = options.lexicon ? evidenceFrom(options.lexicon) : undefined;

  const closeTeh = (rest: string): string => {
    const closed = closeTehBlindly(rest);
    return !ev || ev.seen(closed) ? closed : rest;
  };

  const stripPronoun = (w: string): string => {
    if (!ev) return stripPronounBlindly(w);
    // When the lexicon knows neither the word nor what the safe rule leaves, the safe rule decides.
    const blind = stripPronounBlindly(w);
    if (!ev.seen(w) && !ev.seen(blind)) return blind;
    if (ev.takesArticle(w)) return w;
    for (const suffix of [...PRONOUN_SUFFIXES, ...PERSONAL_PRONOUN_SUFFIXES]) {
      if (!w.endsWith(suffix)) continue;
      const rest = w.slice(0, -suffix.length);
      if (rest.length < MIN_STEM) continue;
      const stem = closeTeh(rest);
      // A final ه whose ة spelling is at least as common is an undotted taa marbuta, not «his».
      const undotted = suffix === LONE_HEH && ev.count(rest + FEMININE_SUFFIX) >= ev.count(w);
      if (ev.seen(stem) && !undotted) return stem;
    }
    return w;
  };

  const stripPlural = (w: string): string => {
    if (!ev) return stripPluralBlindly(w);
    const blind = stripPluralBlindly(w);
    if (!ev.seen(w) && !ev.seen(blind)) return blind;
    for (const suffix of PLURAL_SUFFIXES) {
      if (!w.endsWith(suffix)) continue;
      const rest = w.slice(0, -suffix.length);
      if (rest.length < MIN_STEM) continue;
      const partnered = (PLURAL_PARTNERS[suffix] ?? []).some((p) => ev.seen(rest + p));
      const verbPlural = IMPERFECT_LETTERS.includes(rest[0]!) && ev.count(rest) > 0;
      if (!partnered && !verbPlural && !(suffix === FEMININE_PLURAL && ev.seen(rest))) continue;
      // ات replaces a ة («ولايات» → «ولاية») or is added to a bare stem («انتخابات» → «انتخاب»).
      const stem = suffix === FEMININE_PLURAL && ev.seen(rest + FEMININE_SUFFIX) ? rest + FEMININE_SUFFIX : closeTeh(rest);
      return ev.seen(stem) ? stem : w;
    }
    return w;
  };

  /** «أكدت» → «أكد»: only when the bare form is common enough and the word is no noun («الكويت»). */
  const stripPastTeh = (w: string): string => {
    if (!ev || !w.endsWith(PAST_TEH) || w.length - 1 < MIN_STEM || ev.takesArticle(w)) return w;
    const rest = w.slice(0, -1);
    return ev.count(rest) > 0 && ev.count(rest) >= VERB_RATIO * ev.count(w) ? rest : w;
  };

  /** «يكشف» → «كشف», «يوضح» → «أوضح», «يؤكد» → «أكد»: the commonest attested past form wins. */
  const stripImperfect = (w: string): string => {
    if (!ev || w.length < MIN_IMPERFECT || !IMPERFECT_LETTERS.includes(w[0]!) || ev.takesArticle(w)) return w;
    const rest = w.slice(1);
    const candidates = PAST_STEM_OPENERS.map((opener) => opener + rest).filter((c) => c.length >= MIN_STEM);
    if (rest.startsWith(HAMZA_SEAT)) candidates.push(PAST_OPENER_ALEF + rest.slice(1));
    let best = w;
    let bestCount = 0;
    for (const c of candidates) {
      if (ev.count(c) > bestCount) [best, bestCount] = [c, ev.count(c)];
    }
    return bestCount > 0 && bestCount >= VERB_RATIO * ev.count(w) ? best : w;
  };

  // Not stripped, measured and rejected on the tuning queries: the feminine ة (it merges مدرسة,
  // school, with مدرس, teacher) and verbal noun → verb (انسحاب → انسحب).
  const stripSuffixes = (w: string): string => stripImperfect(stripPastTeh(stripPlural(stripPronoun(w))));

  /** A bare proclitic (و ف ب ك ل س) goes only if the rest is attested and at least as common as the whole word. */
  const restIsWord = (w: string, rest: string): boolean => {
    if (!ev) return false;
    const bare = stripSuffixes(rest);
    const restCount = ev.family(rest) + (bare === rest ? 0 : ev.family(bare));
    const ratio = CONJUNCTIONS.includes(w[0]!) ? CONJUNCTION_RATIO : PREPOSITION_RATIO;
    return restCount > 0 && restCount >= ratio * ev.count(w);
  };

  const stripPrefixes = (w: string): string => {
    for (const prefix of ARTICLE_PREFIXES) {
      if (w.startsWith(prefix) && w.length - prefix.length >= MIN_AFTER_ARTICLE) return w.slice(prefix.length);
    }
    // Nothing below is safe without evidence. A word whose pronoun-free form takes the article is a
    // noun stem, so its first letter is a root letter: «وزيرها» = وزير + ها, not و + زيرها.
    if (!ev || ev.takesArticle(w) || ev.takesArticle(stripPronoun(w))) return w;
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

  const memo = new Map<string, string>();
  return (word: string): string => {
    if (word.length < MIN_STEM) return word;
    let stem = memo.get(word);
    if (stem === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      stem = stripSuffixes(stripPrefixes(word));
      memo.set(word, stem);
    }
    return stem;
  };
}

/** «حكومت» → «حكومة»: a teh left at the end once a suffix is gone was a taa marbuta. */
function closeTehBlindly(rest: string): string {
  return rest.endsWith(OPEN_TEH) && rest.length >= MIN_STEM ? rest.slice(0, -1) + FEMININE_SUFFIX : rest;
}

/** The lexicon-free pronoun rule: the third-person pronouns only, with the length guards. */
function stripPronounBlindly(w: string): string {
  for (const suffix of PRONOUN_SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    const rest = w.slice(0, -suffix.length);
    if (rest.length < MIN_STEM) continue;
    return suffix !== LONE_HEH || rest.length >= MIN_STEM_BEFORE_LONE_HEH ? closeTehBlindly(rest) : w;
  }
  return w;
}

/** The lexicon-free plural rule: the ending goes when a long enough stem remains. */
function stripPluralBlindly(w: string): string {
  for (const suffix of PLURAL_SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    const rest = w.slice(0, -suffix.length);
    if (rest.length < MIN_STEM) continue;
    return suffix === DUAL && rest.length < MIN_STEM_BEFORE_DUAL ? w : closeTehBlindly(rest);
  }
  return w;
}

/** The lexicon-free stemmer: safe rules only. */
export const stem: Stemmer = createStemmer();
