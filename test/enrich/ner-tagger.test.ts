import { describe, expect, it } from 'vitest';
import { wordClusters } from '../../bench/enrich/tagger/clusters.js';
import { documentKinds } from '../../bench/enrich/tagger/features.js';
import { Perceptron } from '../../bench/enrich/tagger/perceptron.js';
import { bioAllowed, toSpans, toTags } from '../../bench/enrich/tagger/tagger.js';
import { viterbi } from '../../bench/enrich/tagger/viterbi.js';

describe('viterbi', () => {
  it('returns nothing for an empty sentence', () => {
    expect(viterbi(0, 3, () => 0, () => true)).toEqual([]);
  });
  it('picks the best path, not the best tag at each position', () => {
    // Alone, position 1 prefers tag 1; but 0 → 1 is costly, so the path 0, 0 wins.
    const emit = [[2, 0], [0, 1]];
    const trans = (prev: number, cur: number) => (prev === 0 && cur === 1 ? -5 : 0);
    expect(viterbi(2, 2, (i, prev, cur) => emit[i]![cur]! + (prev < 0 ? 0 : trans(prev, cur)), () => true)).toEqual([0, 0]);
  });
  it('never takes a forbidden transition', () => {
    // Tag 1 may not open a sentence, however well it scores there.
    expect(viterbi(1, 2, (_, __, cur) => (cur === 1 ? 10 : 0), (prev, cur) => !(prev < 0 && cur === 1))).toEqual([0]);
  });
});

describe('BIO tags', () => {
  it('allows I-X only after B-X or I-X', () => {
    // TAGS: O, B-person, I-person, B-place, I-place, …
    expect(bioAllowed(-1, 2)).toBe(false);
    expect(bioAllowed(1, 2)).toBe(true);
    expect(bioAllowed(3, 2)).toBe(false);
    expect(bioAllowed(0, 3)).toBe(true);
  });
  it('turns spans into tags and back', () => {
    const spans = [{ from: 1, to: 3, kind: 'person' as const }, { from: 3, to: 4, kind: 'place' as const }];
    const tags = toTags(5, spans);
    expect(tags).toEqual(['O', 'B-person', 'I-person', 'B-place', 'O']);
    expect(toSpans(tags)).toEqual(spans);
  });
});

describe('perceptron', () => {
  it('averages weights over the steps they stood for', () => {
    const p = new Perceptron(2);
    p.add(['f'], 1, 1);
    p.tick();
    p.add(['f'], 1, -1);
    p.tick();
    p.average();
    // Weight 1 for one step, 0 for the other.
    expect(p.scores(['f'])[1]).toBeCloseTo(0.5);
  });
});

describe('word clusters', () => {
  it('puts words that share neighbours together and apart from others', () => {
    const sentences: string[][] = [];
    for (const name of ['زيد', 'عمرو', 'بكر']) sentences.push(['قال', name, 'ان'], ['قال', name, 'ان']);
    for (const place of ['دمشق', 'بيروت', 'عمان']) sentences.push(['في', place, 'امس'], ['في', place, 'امس']);
    const c = wordClusters(sentences, { k: 4, minCount: 2, contexts: 10, rounds: 5 });
    expect(c.get('زيد')).toBe(c.get('بكر'));
    expect(c.get('دمشق')).toBe(c.get('بيروت'));
    expect(c.get('زيد')).not.toBe(c.get('دمشق'));
  });
  it('gives no cluster to words seen too rarely', () => {
    expect(wordClusters([['قال', 'زيد', 'ان']], { k: 2, minCount: 2, contexts: 10, rounds: 2 }).has('زيد')).toBe(false);
  });
});

describe('document kinds', () => {
  it('remembers what the rules found for a word anywhere in the document', () => {
    const kinds = documentKinds([['قال', 'محرم', 'الراغب'], ['و', 'اشار', 'الراغب']], [['O', 'B-person', 'I-person'], ['O', 'O', 'O']]);
    expect(kinds.get('راغب')).toBe('person');
    expect(kinds.has('اشار')).toBe(false);
  });
});
