import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, indexTerms, learnLexicon, queryTerms } from '../../src/arabic/analyzer.js';

const FTS5_TERM = /^[\p{L}\p{N}]+$/u;

describe('analyzer', () => {
  it('reduces every spelling of a word to one term', () => {
    const forms = ['وبالمدرسة', 'المدرسةِ', 'للمدرسة', 'مدرسة', 'فالمدرسـة'];
    expect(new Set(forms.flatMap((f) => indexTerms(f)))).toEqual(new Set(['مدرسه']));
  });
  it('keeps offsets of the original, unstemmed words for highlighting', () => {
    const text = 'أعلنت الحكومةُ، أمس، عن «خطة» جديدة.';
    for (const t of analyze(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(analyze(text).map((t) => t.surface)).toContain('الحكومةُ');
  });
  it('counts stop words in positions but drops them from the terms', () => {
    const tokens = analyze('ذهب الوزير إلى المدينة');
    expect(tokens.map((t) => t.term)).toEqual(['ذهب', 'وزير', 'مدينه']);
    expect(tokens.map((t) => t.position)).toEqual([0, 1, 3]);
  });
  it('keeps the name علي while dropping the preposition على', () => {
    expect(indexTerms('سلم علي على الحاضرين')).toEqual(['سلم', 'علي', 'حاضر']);
  });
  it('gives numbers and Latin words one term each, never stemmed', () => {
    const tokens = analyze('نمو ب3.5 بالمائة في 85-90 حسب FMI');
    expect(tokens.map((t) => t.term)).toEqual(['نمو', '3d5', 'ماءه', '85', '90', 'حسب', 'fmi']);
    expect(tokens.filter((t) => /\d|fmi/.test(t.term)).every((t) => t.keyword)).toBe(true);
  });
  it('emits only terms FTS5 unicode61 keeps whole', () => {
    const text = 'ﷺ قال «ﻻ» 3.5% é\u0301 कि Naïve ڨفصة ٢٠١٧ 😀';
    for (const term of indexTerms(text)) expect(term).toMatch(FTS5_TERM);
  });
  it('gives query terms once each, in query order', () => {
    expect(queryTerms('المدرسة والمدرسة مدرسة الحي')).toEqual(['مدرسه', 'حي']);
  });
  it('also searches a final ه as a taa marbuta typed without its dots', () => {
    const [indexed] = indexTerms('تحلية');
    expect(indexTerms('تحليه')).not.toContain(indexed);
    expect(queryTerms('تحليه')).toEqual([...indexTerms('تحليه'), indexed]);
    expect(queryTerms('والمدرسه')).toContain(indexTerms('المدرسة')[0]);
    // A word the index keeps whole gets no second reading.
    expect(queryTerms('الطاقه')).toEqual(indexTerms('الطاقة'));
  });
  it('leaves keywords unstemmed, as a mark on the token', () => {
    const plain = createAnalyzer();
    const marked = createAnalyzer({ keywords: ['المعلمون'] });
    expect(plain.indexTerms('المعلمون')).toEqual(['معلم']);
    const [token] = marked.analyze('المعلمون');
    expect(token).toMatchObject({ term: 'المعلمون', keyword: true });
  });
  it('stems more sharply with a lexicon learned from the texts it indexes', () => {
    const texts = ['وقال الوزير إن الوزير قال ذلك', 'قال المدير', 'الحكومة تكشف الخطة', 'كشف الوزير الخطة', 'كشف المدير'];
    const analyzer = createAnalyzer({ lexicon: learnLexicon(texts) });
    expect(analyzer.indexTerms('وقال')).toEqual(['قال']);
    expect(analyzer.indexTerms('وزير')).toEqual(['وزير']);
    expect(analyzer.indexTerms('تكشف')).toEqual(['كشف']);
  });
  it('returns nothing for empty input', () => {
    expect(analyze('')).toEqual([]);
    expect(queryTerms('  ')).toEqual([]);
  });
  it('handles text without Arabic', () => {
    expect(indexTerms('Tunis 2017: élections')).toEqual(['tunis', '2017', 'elections']);
  });
});
