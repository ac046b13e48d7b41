import { describe, expect, it } from 'vitest';
import { cliticReadings } from '../../src/enrich/text/clitics.js';
import { keyOf, phraseKey, rawOffsetAfterKeyChars } from '../../src/enrich/text/key.js';
import { tokenize } from '../../src/enrich/text/tokenize.js';

describe('keyOf', () => {
  it('drops diacritics and tatweel', () => expect(keyOf('عُقِدَ لـ')).toBe('عقد ل'));
  it('folds hamza alefs, alef maqsura and taa marbuta', () => expect(keyOf('أإآ على مدرسة')).toBe('ااا علي مدرسه'));
  it('lower-cases Latin and keeps digits', () => expect(keyOf('CNN 24')).toBe('cnn 24'));
  it('keeps the empty string empty', () => expect(keyOf('')).toBe(''));
});

describe('phraseKey', () => {
  it('joins words by one space and drops punctuation', () => expect(phraseKey('  «وزارة   الخارجية»، ')).toBe('وزاره الخارجيه'));
});

describe('rawOffsetAfterKeyChars', () => {
  it('counts letters, not marks: the clitic «لـ» ends after its tatweel', () => expect(rawOffsetAfterKeyChars('لـموسكو', 1)).toBe(2));
  it('skips diacritics on the consumed letter', () => expect(rawOffsetAfterKeyChars('وَقال', 1)).toBe(2));
});

describe('tokenize', () => {
  it('keeps punctuation and guillemets as tokens with offsets', () => {
    const text = 'قال: «نعم»';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['قال', ':', '«', 'نعم', '»']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps a decimal number whole', () => expect(tokenize('بنسبة 3.5 بالمائة').map((t) => t.text)).toEqual(['بنسبة', '3.5', 'بالمائة']));
  it('reads non-Arabic text too', () => expect(tokenize('Midad, v2').map((t) => t.kind)).toEqual(['word', 'punct', 'word']));
  it('returns nothing for empty text', () => expect(tokenize('')).toEqual([]));
});

describe('cliticReadings', () => {
  const bases = (w: string) => cliticReadings(keyOf(w)).map((r) => r.base);
  it('peels a conjunction', () => expect(bases('وقال')).toContain('قال'));
  it('peels a preposition after a conjunction', () => expect(bases('وبحسب')).toContain('حسب'));
  it('gives «لل» back its article', () => expect(bases('للرئيس')).toContain('الرئيس'));
  it('never leaves a one-letter base', () => expect(bases('بل')).toEqual(['بل']));
  it('keeps the whole word first', () => expect(bases('بوتين')[0]).toBe('بوتين'));
});
