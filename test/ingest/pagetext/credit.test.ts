import { describe, expect, it } from 'vitest';
import { agencyKey, creditKind, isAgency, splitCredit } from '../../../src/ingest/pagetext/credit.js';

describe('splitCredit', () => {
  it('splits the final parenthesis off a caption', () => {
    expect(splitCredit('صياد يرمي شباكه عند الفجر (أ.ف.ب)')).toEqual({ caption: 'صياد يرمي شباكه عند الفجر', credit: 'أ.ف.ب' });
  });

  it('keeps parentheses inside the caption', () => {
    expect(splitCredit('سوق البلدة (القديمة) صباحاً (رويترز)')).toEqual({ caption: 'سوق البلدة (القديمة) صباحاً', credit: 'رويترز' });
  });

  it('is null without a final parenthesis, with an empty one or a broken one', () => {
    expect(splitCredit('صياد يرمي شباكه عند الفجر')).toBeNull();
    expect(splitCredit('صياد يرمي شباكه ()')).toBeNull();
    expect(splitCredit('صياد (أ) ب)')).toBeNull();
    expect(splitCredit('')).toBeNull();
  });
});

describe('creditKind', () => {
  it('knows the agencies whatever the dots, spaces and hamza', () => {
    for (const c of ['أ.ف.ب', 'أ ف ب', 'ا.ف.ب', 'إ.ب.أ', 'د.ب.أ', 'أ.ب', 'رويترز', 'AFP', 'Reuters']) expect(creditKind(c)).toBe('agency');
    expect(isAgency('د. ب. أ')).toBe(true);
  });

  it('accepts a plain source with a name shape', () => {
    expect(creditKind('بلدية وادي السرو')).toBe('source');
    expect(creditKind('تصوير: سامر جبران')).toBe('source');
    expect(creditKind('Photo Desk')).toBe('source');
  });

  it('refuses what is no name: digits, sentences, long texts', () => {
    expect(creditKind('2019')).toBeNull();
    expect(creditKind('قال إنه سيعود.')).toBeNull();
    expect(creditKind('كلمات كثيرة جداً لا يمكن أن تكون اسم مصدر الصورة')).toBeNull();
    expect(creditKind('...')).toBeNull();
  });

  it('treats a credit already seen on a lead photo as certain', () => {
    expect(creditKind('أرشيف البلدية', new Set([agencyKey('أرشيف البلدية')]))).toBe('agency');
  });
});
