import { describe, expect, it } from 'vitest';
import { slugify, teaserOf, truncateWords, uniqueSlug, validateArticleInput, schemaTypeForKicker } from '../../src/article/index.js';
import { buildArticle } from '../support/factories.js';

describe('article model validation', () => {
  it('accepts a complete article and fills defaults', () => {
    const r = validateArticleInput({ headline: 'عنوان قصير', body: [{ type: 'paragraph', text: 'فقرة.' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ deck: null, kicker: null, tags: [], hasVideo: false, status: 'published', pins: [] });
  });

  it('accepts every block type', () => {
    const r = validateArticleInput({
      headline: 'عنوان',
      body: [
        { type: 'paragraph', text: 'فقرة' },
        { type: 'subheading', text: 'عنوان فرعي' },
        { type: 'image', src: '/a.jpg', caption: 'صورة', credit: 'رويترز' },
        { type: 'quote', text: 'قول مقتبس', cite: 'متحدث' },
        { type: 'video', caption: 'مقطع' },
      ],
    });
    expect(r.ok).toBe(true);
  });

  it('rejects a missing headline, naming the field', () => {
    const r = validateArticleInput({ body: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toContain('headline');
  });

  it('names the exact path of a bad block and the reason', () => {
    const r = validateArticleInput({ headline: 'عنوان', body: [{ type: 'paragraph', text: 'أ' }, { type: 'paragraph', text: '   ' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual({ path: 'body.1.text', message: 'must not be empty' });
  });

  it('rejects an unknown block type and an unknown status', () => {
    const r = validateArticleInput({ headline: 'عنوان', status: 'live', body: [{ type: 'table', text: 'x' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path);
    expect(paths).toContain('status');
    expect(paths.some((p) => p.startsWith('body.0'))).toBe(true);
  });

  it('rejects a date without a time zone and normalises one with an offset to UTC', () => {
    const bad = validateArticleInput({ headline: 'عنوان', publishedAt: '2026-11-29 10:00' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]!.path).toBe('publishedAt');
    const good = validateArticleInput({ headline: 'عنوان', publishedAt: '2026-11-29T13:00:00+03:00' });
    expect(good.ok && good.value.publishedAt).toBe('2026-11-29T10:00:00.000Z');
  });

  it('rejects a headline longer than a headline can be', () => {
    const r = validateArticleInput({ headline: 'ك'.repeat(301) });
    expect(r.ok).toBe(false);
  });
});

describe('slugs', () => {
  it('keeps Arabic readable and drops punctuation, guillemets and diacritics', () => {
    expect(slugify('بوتين يناقش «توسيع» التعاونِ')).toBe('بوتين-يناقش-توسيع-التعاون');
  });
  it('drops tatweel and lower-cases Latin', () => {
    expect(slugify('قمـــة G20 في الرياض')).toBe('قمة-g20-في-الرياض');
  });
  it('keeps at most eight words', () => {
    expect(slugify('واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة').split('-')).toHaveLength(8);
  });
  it('falls back when nothing readable is left', () => {
    expect(slugify('«»؟!')).toBe('article');
  });
  it('numbers a taken slug', () => {
    const taken = new Set(['خبر', 'خبر-2']);
    expect(uniqueSlug('خبر', (s) => taken.has(s))).toBe('خبر-3');
  });
});

describe('teasers and kickers', () => {
  it('uses the deck when there is one, else the first paragraph', () => {
    const a = buildArticle({ deck: null });
    expect(teaserOf(a)).toBe('فتحت المكتبة أبوابها صباح السبت أمام الزوار بعد عامين من أعمال الترميم.');
    expect(teaserOf(buildArticle())).toBe('المكتبة تضم قاعة للأطفال وركنا للصحف القديمة');
  });
  it('cuts long text at a word boundary with an ellipsis', () => {
    const t = truncateWords('كلمة '.repeat(100), 50);
    expect(t.length).toBeLessThanOrEqual(51);
    expect(t.endsWith('كلمة…')).toBe(true);
  });
  it('maps kickers to schema.org types', () => {
    expect(schemaTypeForKicker('تحليل إخباري')).toBe('AnalysisNewsArticle');
    expect(schemaTypeForKicker('رأي')).toBe('OpinionNewsArticle');
    expect(schemaTypeForKicker(null)).toBe('NewsArticle');
  });
});
