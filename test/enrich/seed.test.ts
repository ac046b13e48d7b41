/**
 * The reference article against its gold (../shared/seed, third-party text read in place):
 * quotation precision and recall ≥ 0.95 and speaker accuracy ≥ 0.90, scored in TypeScript by
 * the rules of ../shared/tools/score_enrich.py.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/enrich/index.js';
import { scoreQuotes } from '../../bench/enrich/score-quotes.js';
import { seedArticle, seedGold } from '../../bench/enrich/seed.js';

describe('seed article 0 (who said what)', () => {
  const gold = seedGold();
  const got = annotate(seedArticle());
  const s = scoreQuotes(gold, got);
  it('finds the quotations (precision and recall ≥ 0.95)', () => {
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });
  it('credits the right speakers (≥ 0.90)', () => expect(s.speakerAccuracy).toBeGreaterThanOrEqual(0.9));
  it('finds every person of the gold', () => expect(s.peopleFound).toBe(gold.people.length));
  it('runs the cross-paragraph quotation on into the next block', () => {
    const runOn = gold.quotes.find((q) => q.continuesInto !== undefined)!;
    const q = got.quotes.find((x) => x.block === runOn.paragraph && x.continues);
    expect(q?.continues?.[0]?.block).toBe(runOn.continuesInto);
  });
});
