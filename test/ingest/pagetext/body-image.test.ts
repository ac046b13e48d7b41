import { describe, expect, it } from 'vitest';
import { asBodyImage } from '../../../src/ingest/pagetext/body-image.js';

const none = new Set<string>();

describe('asBodyImage', () => {
  it('reads a caption line with an agency credit', () => {
    expect(asBodyImage('سفينة تغادر الحوض الرئيسي (أ.ف.ب)', none)).toEqual({ caption: 'سفينة تغادر الحوض الرئيسي', credit: 'أ.ف.ب' });
  });

  it('reads a caption line with a plain source', () => {
    expect(asBodyImage('قوارب راسية قرب المدخل الشمالي (جمعية الصيادين)', none)?.credit).toBe('جمعية الصيادين');
  });

  it('leaves prose that happens to end in parentheses', () => {
    expect(asBodyImage('وقال إن الاجتماع انتهى. ثم غادر القاعة (مساءً)', none)).toBeNull();
    expect(asBodyImage('وأعلن الوزير أن الجلسة تأجلت، (الجمعة)', none)).toBeNull();
    expect(asBodyImage('ضربت العاصفة البلدة اليوم (الجمعة)، وأغلقت الطرق.', none)).toBeNull();
  });

  it('handles empty and non-Arabic input', () => {
    expect(asBodyImage('', none)).toBeNull();
    expect(asBodyImage('Crowds at the harbour (AFP)', none)).toEqual({ caption: 'Crowds at the harbour', credit: 'AFP' });
  });
});
