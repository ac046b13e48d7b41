/**
 * Midad's Arabic stop words: function words that say nothing about what an article is about.
 *
 * Written for Midad, in the form of `normalize(word, { foldAlefMaqsura: false, foldTaaMarbuta: false })`:
 * hamza forms of alef are bare alef (إلى → الى), ؤ/ئ are ء; but alef maqsura ى and taa marbuta ة
 * are KEPT.
 * Lucene's list is matched before normalisation, so it misses «الي» typed for «إلى»; ours is
 * matched after it, so every alef spelling is caught. Alef maqsura is the exception: folding it
 * first would make the preposition «على» and the name «علي», «الى» (to) and «والي» (governor),
 * one word, and drop the names. The analyzer therefore looks words up before folding ى.
 *
 * A word made of the conjunction و or ف and a stop word («ومن», «فإن») is a stop word too
 * (see `isStopWord`); forms with a preposition or pronoun attached are listed as they are.
 */

const PREPOSITIONS = [
  'من', 'الى', 'عن', 'على', 'في', 'مع', 'حتى', 'منذ', 'مذ', 'عند', 'لدى', 'نحو', 'حول', 'دون',
  'بين', 'خلال', 'ضد', 'عبر', 'قبل', 'بعد', 'فوق', 'تحت', 'امام', 'وراء', 'خلف', 'ازاء', 'سوى', 'لدي',
];

/** Prepositions carrying a pronoun: as frequent as the bare ones and as empty. */
const PREPOSITIONS_WITH_PRONOUNS = [
  'منه', 'منها', 'منهم', 'منهما', 'منا', 'عنه', 'عنها', 'عنهم', 'عليه', 'عليها', 'عليهم', 'عليهما', 'علينا',
  'فيه', 'فيها', 'فيهم', 'فيهما', 'له', 'لها', 'لهم', 'لهما', 'لنا', 'لي', 'لك', 'لكم', 'به', 'بها', 'بهم',
  'بهما', 'اليه', 'اليها', 'اليهم', 'معه', 'معها', 'معهم', 'بينهم', 'بينها', 'بينهما', 'عنده', 'عندها', 'عندهم',
  'لديه', 'لديها', 'لديهم', 'ضده', 'حوله', 'بعده', 'قبله',
];

const CONJUNCTIONS_AND_PARTICLES = [
  'و', 'ف', 'ثم', 'او', 'ام', 'بل', 'لكن', 'ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'لان', 'لانه',
  'لا', 'لم', 'لن', 'ما', 'قد', 'لقد', 'سوف', 'هل', 'اذا', 'اذ', 'لو', 'لولا', 'كي', 'لكي', 'حيث', 'حين',
  'حينما', 'عندما', 'بينما', 'كلما', 'كما', 'مثل', 'غير', 'ايضا', 'فقط', 'الا', 'اما', 'اذن', 'يا', 'ايها',
  'كيف', 'متى', 'اين', 'لماذا', 'ماذا', 'كم', 'مما', 'ممن', 'عما', 'فيما', 'بما', 'لما', 'كل', 'بعض', 'جميع',
  'اي', 'اية', 'كلا', 'نعم', 'ليس', 'ليست', 'لدى', 'الان', 'هكذا', 'كذلك', 'لذلك', 'بذلك', 'لهذا', 'بهذا',
  'لهذه', 'بهذه', 'هناك', 'هنا', 'هنالك', 'ذلك', 'ذاك', 'تلك',
];

const PRONOUNS_AND_DEMONSTRATIVES = [
  'هو', 'هي', 'هم', 'هما', 'هن', 'انا', 'نحن', 'انت', 'انتم', 'انتن', 'انتما', 'هذا', 'هذه', 'هذان', 'هاتان',
  'هذين', 'هاتين', 'هءلاء', 'اولءك', 'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين',
  'اللتين', 'اللواتي', 'اللاتي', 'اللاءي',
];

/** Auxiliary verbs of news prose: «كان» (was), «تم» (was done, the passive of reports). */
const AUXILIARIES = ['كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يكونوا', 'تم', 'يتم', 'تمت', 'ستكون', 'سيكون', 'سيتم', 'ستتم'];

/** The proclitic conjunctions that may sit on a stop word. */
const CONJUNCTION_PREFIXES = ['و', 'ف'];

/** The stop words, normalised as described above. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...PREPOSITIONS_WITH_PRONOUNS,
  ...CONJUNCTIONS_AND_PARTICLES,
  ...PRONOUNS_AND_DEMONSTRATIVES,
  ...AUXILIARIES,
]);

/** A lone letter is a clitic cut off by a digit or a typo («ب8» → «ب», «8»), never a content word. */
const MIN_WORD_LENGTH = 2;

/** True for a stop word, alone or behind the conjunction و or ف: «من», «ومن», «فإن» (normalised). */
export function isStopWord(word: string): boolean {
  if (word.length < MIN_WORD_LENGTH || STOP_WORDS.has(word)) return true;
  // A conjunction on a one-letter stop word («وو») is no word at all; require two letters after it.
  return word.length > 2 && CONJUNCTION_PREFIXES.includes(word[0]!) && STOP_WORDS.has(word.slice(1));
}
