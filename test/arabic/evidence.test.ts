import { describe, expect, it } from 'vitest';
import { evidenceFrom } from '../../src/arabic/evidence.js';

describe('evidence from a lexicon', () => {
  const ev = evidenceFrom(new Map([['وزير', 5], ['الوزير', 3], ['قال', 7]]));
  it('counts bare forms and families with the article', () => {
    expect(ev.count('وزير')).toBe(5);
    expect(ev.family('وزير')).toBe(8);
  });
  it('tells which words take the article', () => {
    expect(ev.takesArticle('وزير')).toBe(true);
    expect(ev.takesArticle('قال')).toBe(false);
  });
  it('knows nothing of empty or unseen words', () => {
    expect(ev.seen('')).toBe(false);
    expect(ev.seen('tunisie')).toBe(false);
  });
});
