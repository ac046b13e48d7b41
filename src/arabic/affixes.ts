/**
 * The affixes the light stemmer knows, as data. All are in the stemmer's input form: normalised
 * (ى is ي, hamza forms of alef are ا, ؤ ئ are ء) but with taa marbuta ة kept apart from heh ه.
 * Longer affixes come first so the longest match wins.
 */

/** The definite article. */
export const ARTICLE = 'ال';

/**
 * Proclitic stacks that end in the article: conjunction (و, ف) + preposition (ب, ك, ل) + ال.
 * After the preposition ل the article loses its alef, so «ل + الحكومة» is written «للحكومة».
 */
export const ARTICLE_PREFIXES: readonly string[] = [
  'وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال',
];

/**
 * Proclitic stacks without the article: conjunction, preposition, or both («وب», «فل»). The
 * preposition ك (like, as) is left out here: bare it is rare in news and it opens names (كمال،
 * كريم، كامل); it is stripped in front of the article (كال), where it is unambiguous.
 */
export const CLITIC_PREFIXES: readonly string[] = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل'];

/** The future particle س, optionally behind a conjunction; only stripped before an imperfect-verb prefix. */
export const FUTURE_PREFIXES: readonly string[] = ['وس', 'فس', 'س'];

/**
 * The letters that open an imperfect verb in the third person and first plural (ي ت ن):
 * «يكشف», «تقترح», «نعمل». (The first singular أ is left alone: it would eat the alef of every
 * past form IV, VII, VIII and X verb, أعلن، انطلق، اقترح، استعمل.)
 */
export const IMPERFECT_LETTERS: readonly string[] = ['ي', 'ت', 'ن'];

/**
 * What may stand before the rest of an imperfect verb in its past form: nothing (يكشف/كشف), alef
 * (يوضح/أوضح, يقترح/اقترح) or the waw that verbs with a first radical و drop (يصل/وصل, يقع/وقع).
 */
export const PAST_STEM_OPENERS: readonly string[] = ['', 'ا', 'و'];

/** Attached (enclitic) pronouns: her/their/our/your/his… «أطفالهم» = أطفال + هم. */
export const PRONOUN_SUFFIXES: readonly string[] = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'نا', 'ه'];

/**
 * First-person pronouns (me, my), stripped only with a lexicon: news prose seldom uses them, and
 * many words end in those letters (تونسي، فني). The «you» ك is left out: it eats the root of verbs
 * such as «يشارك».
 */
export const PERSONAL_PRONOUN_SUFFIXES: readonly string[] = ['ني', 'ي'];

/** Sound plural, dual and verb-plural endings: «المعلمون», «المعلمين», «الطرفان», «الولايات», «قالوا». */
export const PLURAL_SUFFIXES: readonly string[] = ['ات', 'ون', 'ين', 'ان', 'وا'];

/** Endings a plural or dual alternates with, taken as evidence that an ending is inflection. */
export const PLURAL_PARTNERS: Readonly<Record<string, readonly string[]>> = {
  ون: ['ين', 'وا'],
  ين: ['ون', 'ان'],
  ان: ['ين'],
  ات: ['ة'],
  وا: ['ون'],
};

/** The past-tense ending of «she»/«I»/«you»: «أكدت», «قالت». Stripped only with a lexicon. */
export const PAST_TEH = 'ت';

/** Taa marbuta: the feminine ending. */
export const FEMININE_SUFFIX = 'ة';

/** Teh: what taa marbuta becomes when a suffix follows it («حكومة» + «ها» = «حكومتها»). */
export const OPEN_TEH = 'ت';

/** Lone hamza: after an imperfect prefix the first radical hamza sits on a seat (يؤكد), in the past on alef (أكد). */
export const HAMZA_SEAT = 'ء';
