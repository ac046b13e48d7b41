import { describe, expect, it } from 'vitest';
import { isSubheading } from '../../../src/ingest/pagetext/subheading.js';

describe('isSubheading', () => {
  it('takes a short line without final punctuation', () => {
    expect(isSubheading('مخاوف الصيادين')).toBe(true);
    expect(isSubheading('فشل «خطة الإنقاذ» الأولى')).toBe(true);
  });

  it('allows a colon inside and a question mark at the end', () => {
    expect(isSubheading('مديرة الهيئة: الطاقة ستتضاعف')).toBe(true);
    expect(isSubheading('لماذا أغلقت القاعة؟')).toBe(true);
  });

  it('keeps a one-sentence paragraph ending in a full stop a paragraph', () => {
    expect(isSubheading('ولم تعلّق الهيئة على الطلب.')).toBe(false);
    expect(isSubheading('وقالت إنها «ستعود».')).toBe(false);
  });

  it('keeps prose marks, length, two sentences and half quotations out', () => {
    expect(isSubheading('وأضاف الوزير:')).toBe(false);
    expect(isSubheading('من دون أن يذكر التفاصيل،')).toBe(false);
    expect(isSubheading('كلمة '.repeat(15).trim())).toBe(false);
    expect(isSubheading('ماذا بعد؟ لا أحد يعرف')).toBe(false);
    expect(isSubheading('«بدأنا من الصفر تقريباً')).toBe(false);
    expect(isSubheading('- بند أول في القائمة')).toBe(false);
  });

  it('handles empty and non-Arabic input', () => {
    expect(isSubheading('')).toBe(false);
    expect(isSubheading('***')).toBe(false);
    expect(isSubheading('The next steps')).toBe(true);
  });
});
