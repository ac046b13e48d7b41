import { describe, expect, it } from 'vitest';
import { countsIn, encodeVector, vectorOf } from '../../src/store/search/doc-vector.js';

describe('stored term vectors', () => {
  const doc = { headline: ['ميناء', 'بيروت'], deck: [], lead: ['ميناء'], body: ['بيروت', 'ميناء', 'ميناءي', 'ب'], words: [] };
  const encoded = encodeVector(vectorOf(doc));

  it('reads back the counts of the wanted terms, per field', () => {
    const c = countsIn(encoded, new Set(['ميناء', 'بيروت', 'غائب']));
    expect(c.get('ميناء')).toEqual([1, 0, 1, 1]);
    expect(c.get('بيروت')).toEqual([1, 0, 0, 1]);
    expect(c.has('غائب')).toBe(false);
  });

  it('does not take a term for another that begins or ends with it', () => {
    expect(countsIn(encoded, new Set(['ب'])).get('ب')).toEqual([0, 0, 0, 1]);
    expect(countsIn(encoded, new Set(['ميناءي'])).get('ميناءي')).toEqual([0, 0, 0, 1]);
    expect(countsIn(encoded, new Set(['يناء'])).size).toBe(0);
    expect(countsIn('', new Set(['ب'])).size).toBe(0);
  });
});
