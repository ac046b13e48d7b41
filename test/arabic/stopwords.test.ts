import { describe, expect, it } from 'vitest';
import { isStopWord, STOP_WORDS } from '../../src/arabic/stopwords.js';
import { normalize } from '../../src/arabic/normalize.js';

const form = (w: string) => normalize(w, { foldAlefMaqsura: false, foldTaaMarbuta: false });

describe('stop words', () => {
  it('are written in the normalised form they are looked up in', () => {
    for (const w of STOP_WORDS) expect(form(w)).toBe(w);
  });
  it('catch a preposition in any alef spelling', () => {
    expect(isStopWord(form('إلى'))).toBe(true);
    expect(isStopWord(form('الى'))).toBe(true);
  });
  it('catch a preposition carrying a pronoun', () => {
    expect(isStopWord(form('عليها'))).toBe(true);
  });
  it('catch a stop word behind the conjunction و or ف', () => {
    expect(isStopWord(form('ومن'))).toBe(true);
    expect(isStopWord(form('فإن'))).toBe(true);
  });
  it('keep the name علي apart from the preposition على', () => {
    expect(isStopWord(form('على'))).toBe(true);
    expect(isStopWord(form('علي'))).toBe(false);
  });
  it('keep والي (governor) apart from وإلى (and to)', () => {
    expect(isStopWord(form('وإلى'))).toBe(true);
    expect(isStopWord(form('والي'))).toBe(false);
  });
  it('treat a lone letter as no word', () => {
    expect(isStopWord('ب')).toBe(true);
  });
  it('leave content words alone', () => {
    expect(isStopWord(form('الحكومة'))).toBe(false);
  });
  it('do not match empty or Latin input', () => {
    expect(isStopWord('')).toBe(true);
    expect(isStopWord('the')).toBe(false);
  });
});
