import { describe, expect, it } from 'vitest';
import { NOMINATION_BUDGET, nominatingTerms } from '../../src/store/search/rerank.js';

const df = new Map([
  ['rare', 3],
  ['name', 40],
  ['city', 2500],
  ['said', 4000],
]);
const dfOf = (t: string) => df.get(t) ?? 0;

describe('the terms that nominate candidates', () => {
  it('takes the rarest terms first, while their postings fit the budget', () => {
    expect(nominatingTerms(['said', 'city', 'rare', 'name'], dfOf, 3000)).toEqual(['rare', 'name', 'city']);
    expect(nominatingTerms(['said', 'city', 'rare', 'name'], dfOf, 100)).toEqual(['rare', 'name']);
  });

  it('always keeps one term, even over the budget', () => {
    expect(nominatingTerms(['said', 'city'], dfOf, 10)).toEqual(['city']);
  });

  it('stops at the default budget', () => {
    expect(NOMINATION_BUDGET).toBe(5000);
    expect(nominatingTerms(['said', 'city', 'rare', 'name'], dfOf)).toEqual(['rare', 'name', 'city']);
  });
});
