/**
 * A light Arabic stemmer: strips clitics and inflection, never digs for roots.
 *
 * Rules, applied to a word in the stemmer's input form (normalised, ة kept), in this order:
 *  1. Proclitics, one stack at most: conjunction و/ف + preposition ب/ك/ل + article ال
 *     («وبالمدرسة» → «مدرسة»); with a lexicon also a bare conjunction or preposition و ف ب ل
 *     («وقال» → «قال») or the future particle س before an imperfect verb («سيكتبونها» → «يكتبونها»).
 *  2. One attached pronoun: ه ها هم هما كم كما هن كن نا («أطفالهم» → «أطفال»), with a lexicon
 *     also ي ني.
 *  3. One plural, dual or verb-plural ending: ات ون ين ان وا («المعلمون» → «معلم»).
 *  4. A teh left open by a suffix is closed again: «حكومتها» → «حكومت» → «حكومة».
 *  5. With a lexicon, the past ending ت («أكدت» → «أكد») and the imperfect prefix ي/ت/ن, which
 *     meets the past form: «يكشف» → «كشف», «يوضح» → «أوضح», «يؤكد» → «أكد». Headlines speak
 *     in the present, article bodies in the past.
 * Measured and rejected on the tuning queries: stripping the feminine ة (it merges مدرسة, school,
 * with مدرس, teacher) and reducing verbal nouns to verbs (انسحاب → انسحب).
 *
 * Guards against over-stemming (Lucene makes لبنان → لبن and القمة → قم; this must not):
 *  - Minimum lengths, each with its reason (stem-safe.ts, stem-guarded.ts).
 *  - Without a lexicon only the unambiguous affixes go (stem-safe.ts): article stacks, and
 *    suffixes when a long enough stem remains. A bare و ف ب ك ل س stays, because too many words
 *    begin with those letters (وزير، فريق، بيان، كبير، لبنان، سياسة).
 *  - With a lexicon, learned at index time from the corpus itself (lexicon.ts), an affix goes only
 *    when what remains is attested (stem-guarded.ts); a word attested with the article is a stem,
 *    so «وزير» keeps its و and «مدرسة» its ة; a bare proclitic goes only when the rest is common
 *    enough next to the whole word («لبنان» ≫ «بنان»); a plural or dual ending only when a partner
 *    form is attested too («لبنان» keeps ان: «لبنين» is not a word).
 * "Do not stem this" is not decided here: the analyzer skips tokens marked as keywords.
 */
import { evidenceFrom, type StemLexicon } from './evidence.js';
import { guardedRules, type GuardedRules } from './stem-guarded.js';
import { MIN_STEM, splitArticleStack, stripPluralSafely, stripPronounSafely } from './stem-safe.js';

export type { StemLexicon };

/** Options of `createStemmer`. */
export interface StemmerOptions {
  /** Words of the corpus with their counts (lexicon.ts); without it only the safe rules apply. */
  readonly lexicon?: StemLexicon;
}

/** Reduces a word (stemmer input form) to its light stem. */
export type Stemmer = (word: string) => string;

/** Memoised words per stemmer before the memo is dropped (bounds memory in a long-running server). */
const MEMO_LIMIT = 200_000;

const identity = (w: string): string => w;

/** Without a lexicon: article stacks and long-enough suffixes only; the evidence-only rules do nothing. */
const SAFE_RULES: GuardedRules = {
  proclitics: (w) => splitArticleStack(w)?.rest ?? w,
  pronoun: stripPronounSafely,
  plural: stripPluralSafely,
  pastTeh: identity,
  imperfect: identity,
};

/** Builds a stemmer; pass the corpus lexicon to strip more, and more safely. */
export function createStemmer(options: StemmerOptions = {}): Stemmer {
  const rules = options.lexicon ? guardedRules(evidenceFrom(options.lexicon)) : SAFE_RULES;
  const memo = new Map<string, string>();
  return (word: string): string => {
    if (word.length < MIN_STEM) return word;
    let stem = memo.get(word);
    if (stem === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      // Prefixes first: the guards on suffixes look the bare stem up in the lexicon.
      stem = rules.imperfect(rules.pastTeh(rules.plural(rules.pronoun(rules.proclitics(word)))));
      memo.set(word, stem);
    }
    return stem;
  };
}

/** The lexicon-free stemmer: safe rules only. */
export const stem: Stemmer = createStemmer();
