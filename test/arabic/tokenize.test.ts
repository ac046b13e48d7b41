import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/arabic/tokenize.js';

const shape = (text: string) => tokenize(text).map((t) => [t.text, t.kind]);

describe('tokenize', () => {
  it('gives offsets into the original text, diacritics and tatweel included', () => {
    const text = 'قالَ الوزيـــر: «نعم»';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['قالَ', 'الوزيـــر', 'نعم']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps a decimal number whole', () => {
    expect(shape('نمو 3.5 و2,5 و٣٫٥')).toEqual([
      ['نمو', 'arabic'],
      ['3.5', 'number'],
      ['و', 'arabic'],
      ['2,5', 'number'],
      ['و', 'arabic'],
      ['٣٫٥', 'number'],
    ]);
  });
  it('splits a range and a date into numbers', () => {
    expect(shape('85-90 2017/03/08').map(([t]) => t)).toEqual(['85', '90', '2017', '03', '08']);
  });
  it('does not take a full stop after a number into it', () => {
    expect(shape('عام 2017.').map(([t]) => t)).toEqual(['عام', '2017']);
  });
  it('keeps Latin words and their digits together', () => {
    expect(shape('فيروس Covid19 وتقنية 5G')).toEqual([
      ['فيروس', 'arabic'],
      ['Covid19', 'alnum'],
      ['وتقنية', 'arabic'],
      ['5G', 'alnum'],
    ]);
  });
  it('splits where the script changes', () => {
    expect(shape('القمة الـ28 وقناةTV')).toEqual([
      ['القمة', 'arabic'],
      ['الـ', 'arabic'],
      ['28', 'number'],
      ['وقناة', 'arabic'],
      ['TV', 'alnum'],
    ]);
  });
  it('keeps a joiner inside a word but never at its edges', () => {
    const tokens = tokenize('\u200Cكتاب\u200Cها\u200C ');
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ text: 'كتاب\u200Cها', start: 1, end: 8 });
  });
  it('reads presentation forms as Arabic letters', () => {
    expect(shape('\uFEFB\uFEB3')).toEqual([['\uFEFB\uFEB3', 'arabic']]);
  });
  it('separates on emoji and symbols', () => {
    expect(shape('فوز😀كبير%').map(([t]) => t)).toEqual(['فوز', 'كبير']);
  });
  it('returns nothing for empty input', () => {
    expect(tokenize('')).toEqual([]);
  });
  it('handles text without Arabic', () => {
    expect(shape("L'équipe gagne 2-1")).toEqual([
      ['L', 'alnum'],
      ['équipe', 'alnum'],
      ['gagne', 'alnum'],
      ['2', 'number'],
      ['1', 'number'],
    ]);
  });
});
