import { describe, expect, it } from 'vitest';
import { isFurnitureLine, pruneBoilerplate } from '../../../src/ingest/html/boilerplate.js';
import { blockText } from '../../../src/ingest/html/dom.js';
import { parseMarkup } from '../../../src/ingest/html/load-document.js';

const PROSE = 'وتستمر الفقرة هنا بكلام طويل يكفي لأن يكون نصاً حقيقياً من متن الخبر، فيه فواصل وجمل تامة تتوالى واحدة بعد أخرى حتى النهاية.';
const kept = (body: string) => {
  const doc = parseMarkup(`<html><body>${body}</body></html>`);
  pruneBoilerplate(doc.body!);
  return blockText(doc.body).replace(/\s+/g, ' ').trim();
};

describe('pruneBoilerplate: one case per rule', () => {
  it('drops share bars, ads and newsletter boxes by class', () => {
    expect(kept('<p>متن</p><div class="share-bar">شارك فيسبوك</div><div id="div-gpt-ad-1">إعلان</div><div class="newsletter-box">اشترك</div>')).toBe('متن');
  });
  it('drops related lists, tag lists, comments and navigation', () => {
    expect(kept('<p>متن</p><section class="related-articles">خبر</section><div class="article-tags">وسم</div><div id="comments">تعليق</div><nav>قائمة</nav>')).toBe('متن');
  });
  it('drops class-less boxes by their title («اقرأ أيضاً», «الأكثر قراءة»)', () => {
    expect(kept('<p>متن</p><div><h4>اقرأ أيضاً</h4><a href="/1">خبر</a></div><div><h3>الأكثر قراءة</h3><ol><li>خبر</li></ol></div>')).toBe('متن');
  });
  it('drops a bare box title and the link list after it', () => {
    expect(kept('<p>متن</p><p><strong>اقرأ أيضا:</strong></p><ul><li><a href="/1">خبر آخر</a></li></ul><p>بقية</p>')).toBe('متن بقية');
  });
  it('drops hidden elements, but not ones shown again on larger screens', () => {
    expect(kept('<p>متن</p><span class="d-none">مخفي</span><div style="display: none">مخفي</div><div hidden>مخفي</div><div class="d-none d-md-block">ظاهر</div>')).toBe('متن ظاهر');
  });
  it('drops labels only while they are short', () => {
    expect(kept(`<span class="label">عاجل</span><div class="info">${PROSE}${PROSE}</div>`)).toBe(`${PROSE}${PROSE}`);
  });
  it('keeps the article body even when a wrapper has a furniture class', () => {
    const body = `<p>${PROSE}</p>`.repeat(5);
    expect(kept(`<div class="elementor-widget-container">${body}</div>`)).toContain(PROSE);
    expect(kept(`<div class="post-related-wrap"><div class="entry-content"><p>متن</p></div></div>`)).toBe('متن');
  });
  it('keeps video iframes and drops other iframes', () => {
    const doc = parseMarkup('<html><body><iframe src="https://www.youtube.com/embed/x"></iframe><iframe src="https://ads.example/x"></iframe></body></html>');
    pruneBoilerplate(doc.body!);
    expect([...doc.body!.querySelectorAll('iframe')].map((f) => f.getAttribute('src'))).toEqual(['https://www.youtube.com/embed/x']);
  });
  it('reports what it removed and the depth of what is left', () => {
    const doc = parseMarkup('<html><body><div><div><p>متن</p></div></div><nav>x</nav></body></html>');
    const r = pruneBoilerplate(doc.body!);
    expect(r.removed).toEqual({ 'tag:nav': 1 });
    expect(r.maxDepth).toBe(3);
  });
});

describe('isFurnitureLine', () => {
  it('recognises furniture lines by their opening phrase', () => {
    expect(isFurnitureLine('اقرأ أيضاً: أزمة الصهاريج تعود')).toBe(true);
    expect(isFurnitureLine('إقرأ أيضا')).toBe(true);
    expect(isFurnitureLine('تابعونا على فيسبوك')).toBe(true);
    expect(isFurnitureLine('جميع الحقوق محفوظة © 2025')).toBe(true);
  });
  it('keeps prose that merely starts alike', () => {
    expect(isFurnitureLine('شاركت الوزيرة في الاجتماع الذي عقد أمس')).toBe(false);
    expect(isFurnitureLine(`اقرأ أيضاً ${PROSE}${PROSE}`)).toBe(false);
  });
});
