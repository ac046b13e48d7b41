import { describe, expect, it } from 'vitest';
import { learnLexicon, pruneLexicon } from '../../src/arabic/lexicon.js';

describe('learnLexicon', () => {
  it('counts Arabic words in the stemmer input form (ة kept, hamza and ى folded)', () => {
    const lex = learnLexicon(['أعلنت الحكومةُ أمس', 'الحكومة على حق'], { minCount: 1 });
    expect(lex.get('الحكومة')).toBe(2);
    expect(lex.get('اعلنت')).toBe(1);
    expect(lex.get('علي')).toBe(1);
  });
  it('keeps only words seen twice by default: a single sighting is no evidence', () => {
    const lex = learnLexicon(['قال الوزير', 'قال المدير']);
    expect([...lex]).toEqual([['قال', 2]]);
  });
  it('ignores numbers and Latin words', () => {
    expect([...learnLexicon(['2017 Tunis']).keys()]).toEqual([]);
  });
  it('learns nothing from empty input', () => {
    expect(learnLexicon(['']).size).toBe(0);
  });
});

describe('pruneLexicon', () => {
  it('drops words seen fewer times than asked', () => {
    expect([...pruneLexicon(new Map([['قال', 3], ['قالو', 1]]), 2).keys()]).toEqual(['قال']);
  });
});
