/**
 * The stem lexicon: how often each normalised word occurs in the corpus being indexed.
 * Learned at index time from whatever is indexed (no list is shipped), it lets the stemmer
 * strip an affix only when the rest is a word of that corpus (see stem.ts).
 */
import { normalize } from './normalize.js';
import type { StemLexicon } from './evidence.js';
import { tokenize } from './tokenize.js';

/**
 * A word seen once (a typo, a one-off name) is no evidence: the default minimum count. Measured on
 * the tuning queries: as good as keeping every word, with a lexicon half the size.
 */
export const MIN_EVIDENCE_COUNT = 2;

/** Options of `learnLexicon`. */
export interface LearnOptions {
  /** Keep words seen at least this often (default MIN_EVIDENCE_COUNT). */
  readonly minCount?: number;
}

/** Counts the Arabic words of the texts in the stemmer's input form (normalised, ة kept apart from ه). */
export function learnLexicon(texts: Iterable<string>, options: LearnOptions = {}): Map<string, number> {
  // Count the written tokens first and normalise each distinct one once: text repeats its words.
  const written = new Map<string, number>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (token.kind === 'arabic') written.set(token.text, (written.get(token.text) ?? 0) + 1);
    }
  }
  const counts = new Map<string, number>();
  for (const [text, n] of written) {
    for (const word of normalize(text, { foldTaaMarbuta: false }).split(' ')) {
      if (word) counts.set(word, (counts.get(word) ?? 0) + n);
    }
  }
  return pruneLexicon(counts, options.minCount ?? MIN_EVIDENCE_COUNT);
}

/** Drops words seen fewer than `minCount` times, e.g. to keep a stored lexicon small. */
export function pruneLexicon(lexicon: StemLexicon, minCount: number): Map<string, number> {
  return minCount <= 1 ? new Map(lexicon) : new Map([...lexicon].filter(([, n]) => n >= minCount));
}
