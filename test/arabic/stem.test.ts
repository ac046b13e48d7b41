import { describe, expect, it } from 'vitest';
import { createStemmer, stem } from '../../src/arabic/stem.js';

/** The stemmer's input form: normalised, ة kept (hamza forms of alef already bare). */
describe('stem without a lexicon (safe rules only)', () => {
  it('strips a stacked conjunction + preposition + article', () => {
    expect(stem('وبالمدرسة')).toBe('مدرسة');
    expect(stem('فللحكومة')).toBe('حكومة');
  });
  it('strips the article from a two-letter noun but no further', () => {
    expect(stem('اليد')).toBe('يد');
  });
  it('strips a pronoun suffix', () => {
    expect(stem('اطفالهم')).toBe('اطفال');
  });
  it('closes the teh a suffix opened', () => {
    expect(stem('حكومتها')).toBe('حكومة');
  });
  it('strips a sound plural', () => {
    expect(stem('المعلمون')).toBe('معلم');
    expect(stem('المعلمين')).toBe('معلم');
  });
  it('does not over-stem لبنان (dual guard) nor القمة (root length guard)', () => {
    expect(stem('لبنان')).toBe('لبنان');
    expect(stem('القمة')).toBe('قمة');
  });
  it('keeps a bare و ف ب ك ل س, which too many words begin with', () => {
    expect(stem('وزير')).toBe('وزير');
    expect(stem('سياسة')).toBe('سياسة');
    expect(stem('بيان')).toBe('بيان');
  });
  it('takes a lone final ه as «his» only when a long stem remains', () => {
    expect(stem('كتابه')).toBe('كتاب');
    expect(stem('قمه')).toBe('قمه');
  });
  it('leaves short words, empty input and Latin alone', () => {
    expect(stem('من')).toBe('من');
    expect(stem('')).toBe('');
    expect(stem('tunisie')).toBe('tunisie');
  });
});

describe('stem with a lexicon learned from the corpus', () => {
  // Counts as a corpus would give them: which forms occur, bare or with the article.
  const lexicon = new Map<string, number>([
    ['قال', 40], ['وقال', 60], ['اضاف', 5], ['واضاف', 80],
    ['وزير', 50], ['الوزير', 30], ['وزيرها', 2], ['زير', 1],
    ['لبنان', 45], ['بنان', 4], ['بلبنان', 3],
    ['مدرسة', 10], ['المدرسة', 20], ['مدرس', 4],
    ['اطفال', 12], ['الاطفال', 9], ['اطفالهم', 3],
    ['معلم', 5], ['المعلمون', 3], ['المعلمين', 4],
    ['ولاية', 30], ['الولاية', 5], ['الولايات', 8],
    ['انتخاب', 3], ['الانتخابات', 20],
    ['كشف', 20], ['يكشف', 6], ['اوضح', 40], ['يوضح', 9], ['اكد', 50], ['اكدت', 30], ['يءكد', 7],
    ['يكتب', 3], ['سيكتبونها', 1],
    ['بيروت', 20], ['بيرو', 2],
    ['سياسة', 30], ['السياسة', 25], ['ياسة', 1],
  ]);
  const stemL = createStemmer({ lexicon });

  it('strips a bare conjunction when the rest is a word', () => {
    expect(stemL('وقال')).toBe('قال');
    expect(stemL('واضاف')).toBe('اضاف');
  });
  it('keeps the و of a noun attested with the article, even under a suffix', () => {
    expect(stemL('وزير')).toBe('وزير');
    expect(stemL('وزيرها')).toBe('وزير');
  });
  it('keeps the ل of a name far commoner than its "rest"', () => {
    expect(stemL('لبنان')).toBe('لبنان');
    expect(stemL('بلبنان')).toBe('لبنان');
  });
  it('keeps the س of a noun that is no future verb', () => {
    expect(stemL('سياسة')).toBe('سياسة');
  });
  it('keeps the ة of a noun: مدرسة stays apart from مدرس', () => {
    expect(stemL('المدرسة')).toBe('مدرسة');
  });
  it('strips a pronoun when the stem is attested', () => {
    expect(stemL('اطفالهم')).toBe('اطفال');
  });
  it('strips a plural with an attested partner form', () => {
    expect(stemL('المعلمون')).toBe('معلم');
  });
  it('turns ات back into ة when the singular has it, and drops it otherwise', () => {
    expect(stemL('الولايات')).toBe('ولاية');
    expect(stemL('الانتخابات')).toBe('انتخاب');
  });
  it('meets the past form from the imperfect (ي + root, ي + أ-form, hamza seat)', () => {
    expect(stemL('يكشف')).toBe('كشف');
    expect(stemL('يوضح')).toBe('اوضح');
    expect(stemL('يءكد')).toBe('اكد');
  });
  it('strips the past ending ت when the bare verb is common', () => {
    expect(stemL('اكدت')).toBe('اكد');
    expect(stemL('بيروت')).toBe('بيروت');
  });
  it('strips the future particle with the verb suffixes (no past form كتب attested here)', () => {
    expect(stemL('سيكتبونها')).toBe('يكتب');
  });
  it('falls back to the safe rules for words the lexicon does not know', () => {
    expect(stemL('وبالمدرسة')).toBe('مدرسة');
    expect(stemL('حكومتهم')).toBe('حكومة');
  });
  it('leaves empty input and Latin alone', () => {
    expect(stemL('')).toBe('');
    expect(stemL('tunisie')).toBe('tunisie');
  });
});

describe('stem of ل + article before a word opening with lam', () => {
  it('keeps the lam of the stem when the lexicon knows it («للجنة» → «لجنة», not «جنة»)', () => {
    const stemL = createStemmer({ lexicon: new Map([['اللجنة', 9], ['لجنة', 4], ['الجنة', 1]]) });
    expect(stemL('للجنة')).toBe('لجنة');
    expect(stemL('للحكومة')).toBe('حكومة');
  });
});
