import { describe, expect, it } from 'vitest';
import { foldAlefMaqsura, foldTaaMarbuta, normalize } from '../../src/arabic/normalize.js';

describe('normalize', () => {
  it('turns presentation forms into letters (NFKC)', () => {
    expect(normalize('\uFEB3\uFEE0\uFE8E\uFEE1')).toBe('سلام'); // ﺳﻠﺎﻡ
  });
  it('splits the lam-alef ligature into lam and alef', () => {
    expect(normalize('\uFEFB')).toBe('لا');
  });
  it('fuses a combining hamza with its alef before folding it', () => {
    expect(normalize('\u0627\u0654\u062D\u0645\u062F')).toBe('احمد');
  });
  it('removes diacritics', () => {
    expect(normalize('عُقِدَ')).toBe('عقد');
  });
  it('removes tatweel', () => {
    expect(normalize('جـــديد')).toBe('جديد');
  });
  it('removes joiners and direction marks inside a word', () => {
    expect(normalize('كتاب\u200Cها\u200F')).toBe('كتابها');
  });
  it('folds hamza and madda forms of alef to bare alef', () => {
    expect(normalize('أحمد إسلام آمال ٱلله')).toBe('احمد اسلام امال الله');
  });
  it('folds hamza on waw and yeh seats to a lone hamza', () => {
    expect(normalize('مسؤول')).toBe(normalize('مسئول'));
    expect(normalize('مسؤول')).toBe('مسءول');
  });
  it('folds alef maqsura to yeh, unless asked not to', () => {
    expect(normalize('مستشفى')).toBe('مستشفي');
    expect(normalize('على', { foldAlefMaqsura: false })).toBe('على');
    expect(foldAlefMaqsura('مستشفى')).toBe('مستشفي');
  });
  it('folds taa marbuta to heh, unless asked not to', () => {
    expect(normalize('مدرسة')).toBe('مدرسه');
    expect(normalize('مدرسة', { foldTaaMarbuta: false })).toBe('مدرسة');
    expect(foldTaaMarbuta('مدرسة')).toBe('مدرسه');
  });
  it('writes Persian, Urdu and Maghrebi letters the Arabic way', () => {
    expect(normalize('کتاب')).toBe('كتاب');
    expect(normalize('کرسی')).toBe('كرسي');
    expect(normalize('ڨفصة')).toBe('قفصه');
    expect(normalize('ڤيروس')).toBe('فيروس');
  });
  it('writes Arabic-Indic and Persian digits as Western digits', () => {
    expect(normalize('٢٠١٧')).toBe('2017');
    expect(normalize('۱۲')).toBe('12');
  });
  it('turns punctuation and quote marks into spaces', () => {
    const out = normalize('«قال»، "نعم"؛ لماذا؟ ”حسنا“');
    expect(out.split(' ').filter(Boolean)).toEqual(['قال', 'نعم', 'لماذا', 'حسنا']);
    expect(out).toMatch(/^[\u0600-\u06FF ]+$/);
  });
  it('keeps a decimal separator between digits as a dot', () => {
    expect(normalize('3,5 و٣٫٥ و3.5')).toBe('3.5 و3.5 و3.5');
  });
  it('lower-cases Latin and drops its accents, as FTS5 unicode61 does', () => {
    expect(normalize('Cinéma TUNISIEN')).toBe('cinema tunisien');
  });
  it('returns empty input unchanged', () => {
    expect(normalize('')).toBe('');
  });
  it('leaves plain Latin words and numbers alone', () => {
    expect(normalize('covid 19')).toBe('covid 19');
  });
});
