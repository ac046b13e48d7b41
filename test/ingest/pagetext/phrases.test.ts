import { describe, expect, it } from 'vitest';
import { phrasesSeen, phraseWord } from '../../../src/ingest/pagetext/phrases.js';

describe('phrasesSeen', () => {
  const texts = ['وصل وفد من الولايات المتحدة أمس.', 'وقالت «كرة القدم» ليست كل شيء', 'والمغرب العربي'];

  it('finds whole-word phrases, with a clitic glued in front', () => {
    expect(phrasesSeen(['الولايات المتحدة', 'كرة القدم', 'المغرب العربي', 'المتحدة أمس وصل'], texts)).toEqual(
      new Set(['الولايات المتحدة', 'كرة القدم', 'المغرب العربي']),
    );
  });

  it('does not match inside a longer word', () => {
    expect(phrasesSeen(['لايات المتحدة'], texts).size).toBe(0);
  });

  it('answers many questions in one pass with the same result', () => {
    const many = Array.from({ length: 40 }, (_, i) => `كلمة${i} أخرى`);
    expect(phrasesSeen([...many, 'الولايات المتحدة', 'كرة القدم'], texts)).toEqual(new Set(['الولايات المتحدة', 'كرة القدم']));
  });

  it('handles empty questions and texts', () => {
    expect(phrasesSeen([], texts).size).toBe(0);
    expect(phrasesSeen(['كرة القدم'], []).size).toBe(0);
  });
});

describe('phraseWord', () => {
  it('drops punctuation and a clitic before «ال»', () => {
    expect(phraseWord('«والولايات')).toBe('الولايات');
    expect(phraseWord('وزير')).toBe('وزير');
    expect(phraseWord('news,')).toBe('news');
  });
});
