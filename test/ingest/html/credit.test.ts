import { describe, expect, it } from 'vitest';
import { splitCredit } from '../../../src/ingest/html/credit.js';

describe('splitCredit: one case per rule', () => {
  it('takes an agency in final parentheses', () => {
    expect(splitCredit('محطة تجريبية على ساحل الواحة (أ.ف.ب)')).toEqual({ caption: 'محطة تجريبية على ساحل الواحة', credit: 'أ.ف.ب' });
    expect(splitCredit('لقاء الوفدين في العاصمة (إ.ب.أ)')).toEqual({ caption: 'لقاء الوفدين في العاصمة', credit: 'إ.ب.أ' });
  });
  it('takes a plain source in final parentheses', () => {
    expect(splitCredit('جنود في موقع متقدم (الإعلام الروسي)')).toEqual({ caption: 'جنود في موقع متقدم', credit: 'الإعلام الروسي' });
  });
  it('takes what follows «تصوير:», keeping the caption\'s full stop', () => {
    expect(splitCredit('الشعاب المرجانية جنوب المدينة. تصوير: كريم منصور')).toEqual({ caption: 'الشعاب المرجانية جنوب المدينة.', credit: 'كريم منصور' });
  });
  it('takes a marker inside parentheses', () => {
    expect(splitCredit('قراء في القاعة (تصوير: منى سعيد)')).toEqual({ caption: 'قراء في القاعة', credit: 'منى سعيد' });
    expect(splitCredit('الساحة بعد الترميم (المصدر: بلدية السوسن)')).toEqual({ caption: 'الساحة بعد الترميم', credit: 'بلدية السوسن' });
  });
  it('takes a known agency after a dash', () => {
    expect(splitCredit('متظاهرون أمام البرلمان - رويترز')).toEqual({ caption: 'متظاهرون أمام البرلمان', credit: 'رويترز' });
  });
  it('leaves notes that are not credits', () => {
    expect(splitCredit('الرئيس خلال زيارة سابقة (أرشيفية)').credit).toBeNull();
    expect(splitCredit('فريق تصوير الفيلم في الموقع').credit).toBeNull();
    expect(splitCredit('في الصورة الرئيس يصافح الوزير').credit).toBeNull();
    expect(splitCredit('مهرجان المدينة - الدورة الثالثة').credit).toBeNull();
  });
  it('leaves long parentheses in the caption', () => {
    expect(splitCredit('الوزير (الذي تولى منصبه قبل عامين بعد انتخابات مبكرة) يتحدث').credit).toBeNull();
  });
  it('handles empty and non-Arabic input', () => {
    expect(splitCredit('')).toEqual({ caption: '', credit: null });
    expect(splitCredit('Protesters in the square (Reuters)')).toEqual({ caption: 'Protesters in the square', credit: 'Reuters' });
  });
});
