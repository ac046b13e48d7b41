import { describe, expect, it } from 'vitest';
import { isBylineShaped, readByline } from '../../../src/ingest/pagetext/byline.js';

const byline = (t: string) => readByline(t)?.byline;

describe('readByline', () => {
  it('splits a source in guillemets and a dateline', () => {
    expect(byline('«الصباح الجديد» (رأس الريح)')).toEqual({ authors: [], source: 'الصباح الجديد', dateline: 'رأس الريح' });
  });

  it('splits an author and a dateline', () => {
    expect(byline('سارة يونس (صيدا)')).toEqual({ authors: ['سارة يونس'], source: null, dateline: 'صيدا' });
  });

  it('makes two authors of names joined by « و »', () => {
    expect(byline('كريم ناصر و هدى الشامي (عمّان)')?.authors).toEqual(['كريم ناصر', 'هدى الشامي']);
    expect(byline('كريم ناصر، هدى الشامي')?.authors).toEqual(['كريم ناصر', 'هدى الشامي']);
  });

  it('keeps a name that starts with و whole', () => {
    expect(byline('وليد منصور (تونس)')?.authors).toEqual(['وليد منصور']);
  });

  it('reads the dateline form «المدينة: …»', () => {
    expect(byline('عمّان: «الصباح الجديد»')).toEqual({ authors: [], source: 'الصباح الجديد', dateline: 'عمّان' });
    expect(byline('بيروت: ريم عواد')).toEqual({ authors: ['ريم عواد'], source: null, dateline: 'بيروت' });
    expect(byline('بقلم: منى الطرابلسي')).toEqual({ authors: ['منى الطرابلسي'], source: null, dateline: null });
  });

  it('reads a byline without a dateline and a source alone', () => {
    expect(byline('يوسف الحداد')).toEqual({ authors: ['يوسف الحداد'], source: null, dateline: null });
    expect(byline('«نشرة الصحة»')).toEqual({ authors: [], source: 'نشرة الصحة', dateline: null });
  });

  it('takes a lone agency for the source and drops a «بقلم» lead', () => {
    expect(byline('رويترز (لندن)')).toEqual({ authors: [], source: 'رويترز', dateline: 'لندن' });
    expect(byline('بقلم: منى الطرابلسي')?.authors).toEqual(['منى الطرابلسي']);
  });

  it('is null for empty input', () => {
    expect(readByline('')).toBeNull();
  });
});

describe('isBylineShaped', () => {
  it('tells names from prose and captions', () => {
    expect(isBylineShaped('سارة يونس (صيدا)')).toBe(true);
    expect(isBylineShaped('«الملاعب»')).toBe(true);
    expect(isBylineShaped('تعمل الفرق بنظام المناوبات منذ بداية الشهر.')).toBe(false);
    expect(isBylineShaped('حارس مرمى يتصدى لكرة خلال مباراة في الدوري المحلي (أ.ف.ب)')).toBe(false);
    expect(isBylineShaped('Jane Doe (Paris)')).toBe(true);
  });
});
