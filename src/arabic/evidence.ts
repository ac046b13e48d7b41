/**
 * What a corpus lexicon (word → count, see lexicon.ts) says about a candidate stem. The stemmer
 * asks these questions before it strips an ambiguous affix.
 */
import { ARTICLE } from './affixes.js';

/** Counts of words in the stemmer's input form; absent means unattested. */
export type StemLexicon = ReadonlyMap<string, number>;

/** The questions the stemmer asks of a lexicon. */
export interface Evidence {
  /** How often the word occurs bare. */
  count(word: string): number;
  /** How often the word occurs bare or right after the article. */
  family(word: string): number;
  /** Whether the word occurs, bare or with the article. */
  seen(word: string): boolean;
  /**
   * Whether the word occurs with the article. Such a word is a noun stem: nouns with the article
   * take no pronoun suffix, and the article never follows a conjunction, preposition or verb
   * prefix, so «الوزير» tells that the و of «وزير» is a root letter.
   */
  takesArticle(word: string): boolean;
}

/** Wraps a lexicon in the evidence questions. */
export function evidenceFrom(lexicon: StemLexicon): Evidence {
  const count = (w: string): number => lexicon.get(w) ?? 0;
  return {
    count,
    family: (w) => count(w) + count(ARTICLE + w),
    seen: (w) => count(w) > 0 || count(ARTICLE + w) > 0,
    takesArticle: (w) => count(ARTICLE + w) > 0,
  };
}
