/**
 * The stem lexicon: how often each normalised word occurs in the corpus being indexed.
 * Learned at index time from whatever is indexed (no list is shipped), it lets the stemmer
 * strip an affix only when the rest is a word of that corpus (see stem.ts).
 */
import { normalize } from './normalize.js';
import type { StemLexicon } from './evidence.js';
import { tokenize } from './tokenize.js';

/** Counts the Arabic words of the texts in the stemmer's input form (normalised, ة kept apart from ه). */
export function learnLexicon(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (token.kind !== 'arabic') continue;
      for (const word of normalize(token.text, { foldTaaMarbuta: false }).split(' ')) {
        if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Drops words seen fewer than `minCount` times (typos, one-off names), to keep a stored lexicon small. */
export function pruneLexicon(lexicon: StemLexicon, minCount: number): Map<string, number> {
  return new Map([...lexicon].filter(([, n]) => n >= minCount));
}
