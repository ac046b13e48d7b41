/**
 * Original fictional articles (test/fixtures/enrich) with many speakers introduced by title and
 * later by surname or title alone, against their gold: a guard on generality.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/enrich/index.js';
import { scoreQuotes } from '../../bench/enrich/score-quotes.js';
import { peopleFigures } from '../../bench/enrich/seed.js';
import { fixtures } from './fixtures.js';

describe.each(fixtures())('$name', ({ article, gold }) => {
  const got = annotate(article);
  const s = scoreQuotes(gold, got);
  it('finds the quotations and their speakers', () => {
    expect({ precision: s.precision, recall: s.recall, missed: s.missed, extra: s.extra }).toEqual({ precision: 1, recall: 1, missed: [], extra: [] });
    expect(s.wrongSpeaker).toEqual([]);
  });
  it('finds every person, with roles and mentions', () => {
    const p = peopleFigures(gold, got);
    expect(s.peopleFound).toBe(gold.people.length);
    expect(p.roles).toBe(p.people);
    expect(p.mentionsFound).toBe(p.mentionsGold);
  });
});
