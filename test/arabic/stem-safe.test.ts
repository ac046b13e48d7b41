import { describe, expect, it } from 'vitest';
import { closeTeh, splitArticleStack, stripPluralSafely, stripPronounSafely } from '../../src/arabic/stem-safe.js';

describe('safe stemming rules', () => {
  it('split the longest article stack', () => {
    expect(splitArticleStack('وبالمدرسة')).toEqual({ prefix: 'وبال', rest: 'مدرسة' });
    expect(splitArticleStack('للحكومة')).toEqual({ prefix: 'لل', rest: 'حكومة' });
  });
  it('leave at least two letters after the article', () => {
    expect(splitArticleStack('الف')).toBeNull();
  });
  it('close a teh opened by a suffix', () => {
    expect(closeTeh('حكومت')).toBe('حكومة');
    expect(stripPronounSafely('حكومتها')).toBe('حكومة');
  });
  it('keep the root teh of a three-letter noun', () => {
    expect(stripPronounSafely('بيتها')).toBe('بيت');
  });
  it('strip a pronoun or a plural only when three letters remain', () => {
    expect(stripPronounSafely('كتبهم')).toBe('كتب');
    expect(stripPronounSafely('لهم')).toBe('لهم');
    expect(stripPluralSafely('مهندسون')).toBe('مهندس');
    expect(stripPluralSafely('سنين')).toBe('سنين');
  });
  it('leave empty and Latin input alone', () => {
    expect(splitArticleStack('')).toBeNull();
    expect(stripPronounSafely('')).toBe('');
    expect(stripPluralSafely('items')).toBe('items');
  });
});
