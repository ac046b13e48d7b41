/**
 * The stemmer's lexicon-free rules: only what is safe on length alone. Used as they are when no
 * lexicon is given, and as the fallback for words the lexicon has never seen.
 */
import { ARTICLE_PREFIXES, FEMININE_SUFFIX, OPEN_TEH, PLURAL_SUFFIXES, PRONOUN_SUFFIXES } from './affixes.js';

/** The article attaches to two-letter nouns (يد hand, أب father): keep at least two letters. */
export const MIN_AFTER_ARTICLE = 2;
/** Arabic roots have three letters or more; a shorter rest means a root letter was taken for an affix. */
export const MIN_STEM = 3;
/** Without a lexicon, a lone final ه is as likely an undotted ة (مدرسه) as «his»: demand a longer stem. */
const MIN_STEM_BEFORE_LONE_HEH = 4;
/** Without a lexicon, ان ends many singular nouns (لبنان، سلطان، ميدان): demand a longer stem. */
const MIN_STEM_BEFORE_DUAL = 4;
/** The one-letter pronoun «his», which is also what an undotted taa marbuta looks like. */
export const LONE_HEH = 'ه';
const DUAL = 'ان';

/** One proclitic stack ending in the article, if the word has one: «وبالمدرسة» → {prefix «وبال», rest «مدرسة»}. */
export function splitArticleStack(w: string): { prefix: string; rest: string } | null {
  for (const prefix of ARTICLE_PREFIXES) {
    if (w.startsWith(prefix) && w.length - prefix.length >= MIN_AFTER_ARTICLE) return { prefix, rest: w.slice(prefix.length) };
  }
  return null;
}

/**
 * Without a lexicon, a teh is closed only on four letters or more: three-letter nouns end in a root
 * teh as often as in a taa marbuta (بيت، وقت، صوت against سنة، نية), and «بيته» must stay «بيت».
 */
const MIN_TO_CLOSE_TEH = 4;

/** «حكومت» → «حكومة»: a teh left at the end once a suffix is gone may be a taa marbuta. */
export function closeTeh(rest: string): string {
  return rest.endsWith(OPEN_TEH) && rest.length >= MIN_STEM ? rest.slice(0, -1) + FEMININE_SUFFIX : rest;
}

function closeTehSafely(rest: string): string {
  return rest.length >= MIN_TO_CLOSE_TEH ? closeTeh(rest) : rest;
}

/** Strips one third-person pronoun when a long enough stem remains: «أطفالهم» → «أطفال». */
export function stripPronounSafely(w: string): string {
  for (const suffix of PRONOUN_SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    const rest = w.slice(0, -suffix.length);
    if (rest.length < MIN_STEM) continue;
    return suffix !== LONE_HEH || rest.length >= MIN_STEM_BEFORE_LONE_HEH ? closeTehSafely(rest) : w;
  }
  return w;
}

/** Strips one plural or dual ending when a long enough stem remains: «المعلمون» → «المعلم». */
export function stripPluralSafely(w: string): string {
  for (const suffix of PLURAL_SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    const rest = w.slice(0, -suffix.length);
    if (rest.length < MIN_STEM) continue;
    return suffix === DUAL && rest.length < MIN_STEM_BEFORE_DUAL ? w : closeTehSafely(rest);
  }
  return w;
}
