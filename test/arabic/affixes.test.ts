import { describe, expect, it } from 'vitest';
import * as affixes from '../../src/arabic/affixes.js';
import { normalize } from '../../src/arabic/normalize.js';

describe('affix lists', () => {
  it('are written in the stemmer input form (normalised, ة kept)', () => {
    const lists = Object.values(affixes).flatMap((v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : Object.keys(v)));
    for (const affix of lists as string[]) expect(normalize(affix, { foldTaaMarbuta: false })).toBe(affix);
  });
  it('put longer affixes first, so the longest match wins', () => {
    for (const list of [affixes.ARTICLE_PREFIXES, affixes.CLITIC_PREFIXES, affixes.PRONOUN_SUFFIXES, affixes.FUTURE_PREFIXES]) {
      const lengths = list.map((a) => a.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    }
  });
});
