import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKey, compareKeyByRules } from '../../../src/ingest/html/compare-key.js';

// Characters around every boundary of the fast pass's classes, and some it leaves to the rules.
const EDGE_CHARS = [
  'ع', 'ـ', 'ُ', 'ّ', 'ٰ', '٠', '٩', '۰', 'ٱ', 'ۓ', 'ۖ', 'ۜ', '۝', '۞', 'ۥ', 'ۦ', '۩', 'ۭ', 'ۮ', 'ؠ', 'ؿ', '؀', 'ؐ', '؟', '،', '؛', '٪', '٭', '۔',
  'a', 'Z', '0', ' ', '\t', '\n', '-', '«', '»', '\u00a0', '\u200c', '\u200d', '\u200f', '\u2028', '\u202f', '\u2030', 'İ', 'ß', 'Σ', 'é', '\ud83d\ude00', '\ud800',
];

describe('compareKey: the fast pass equals the rules on every text', () => {
  it('keeps letters and digits, drops diacritics and tatweel, one space between words, lower case', () => {
    expect(compareKey('  «عُـــقد»، الاجتماع: Hello WORLD ٢٠٢٥! ')).toBe('عقد الاجتماع hello world ٢٠٢٥');
    expect(compareKey('')).toBe('');
    expect(compareKey('...؟!')).toBe('');
  });
  it('on random mixes of the characters at its class boundaries', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...EDGE_CHARS), { maxLength: 40 }).map((a) => a.join('')), (s) => compareKey(s) === compareKeyByRules(s)), { numRuns: 2000 });
  });
  it('on random strings of any code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => compareKey(s) === compareKeyByRules(s)), { numRuns: 1000 });
  });
  it('on every code unit of the BMP, alone and between letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `ب${ch}ت`, `x ${ch} y`]) if (compareKey(s) !== compareKeyByRules(s)) throw new Error(`differs on U+${c.toString(16)} in ${JSON.stringify(s)}`);
    }
  });
});
