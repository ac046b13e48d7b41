import { describe, expect, it } from 'vitest';
import { bylineLine, datelineOf, splitAuthors } from '../../../src/ingest/html/byline.js';
import { parseDate } from '../../../src/ingest/html/dates.js';

describe('splitAuthors', () => {
  it('drops the introducing word', () => {
    expect(splitAuthors('كتبت: ليلى عيسى')).toEqual(['ليلى عيسى']);
    expect(splitAuthors('بقلم يوسف البنّا')).toEqual(['يوسف البنّا']);
  });
  it('splits two writers joined by و', () => {
    expect(splitAuthors('بقلم يوسف البنّا وريم شاهين')).toEqual(['يوسف البنّا', 'ريم شاهين']);
  });
  it('keeps names that start with or hold و', () => {
    expect(splitAuthors('وليد منصور')).toEqual(['وليد منصور']);
    expect(splitAuthors('محمد ولد الشيخ')).toEqual(['محمد ولد الشيخ']);
  });
  it('splits on commas of either script', () => {
    expect(splitAuthors('سامي نادر، هدى سليم')).toEqual(['سامي نادر', 'هدى سليم']);
  });
  it('refuses what is not a name', () => {
    expect(splitAuthors('https://example.com/author')).toEqual([]);
    expect(splitAuthors('')).toEqual([]);
  });
});

describe('bylineLine and datelineOf', () => {
  it('recognises a byline line, not a sentence', () => {
    expect(bylineLine('كتب: منير عبد الهادي')).toEqual(['منير عبد الهادي']);
    expect(bylineLine('كتبت الصحيفة في افتتاحيتها أن الوضع يتحسن ببطء شديد رغم كل شيء')).toBeNull();
  });
  it('finds the dateline city and source', () => {
    expect(datelineOf('الواحة - أقرّ مجلس المدينة خطة')).toEqual({ dateline: 'الواحة', source: null });
    expect(datelineOf('بيروت - «المدن»: قال الوزير')).toEqual({ dateline: 'بيروت', source: 'المدن' });
    expect(datelineOf('وقال الوزير: إن الخطة جاهزة')).toBeNull();
  });
});

describe('parseDate', () => {
  it('reads ISO 8601 with a zone', () => {
    expect(parseDate('2025-10-14T09:30:00+03:00')).toEqual({ ok: true, iso: '2025-10-14T06:30:00.000Z', assumedUtc: false });
  });
  it('reads RFC 822 as feeds write it', () => {
    expect(parseDate('Thu, 08 Jan 2026 11:42:50 +0300')).toMatchObject({ iso: '2026-01-08T08:42:50.000Z' });
    expect(parseDate('Tue, 18 Mar 2025 06:05:00 GMT')).toMatchObject({ iso: '2025-03-18T06:05:00.000Z' });
    expect(parseDate('18 Mar 25 06:05 EST')).toMatchObject({ iso: '2025-03-18T11:05:00.000Z' });
  });
  it('reads a time without a zone as UTC and says so', () => {
    expect(parseDate('2026-01-08 11:42:50')).toEqual({ ok: true, iso: '2026-01-08T11:42:50.000Z', assumedUtc: true });
  });
  it('reads a bare date and Arabic-Indic digits', () => {
    expect(parseDate('٢٠٠٩-٠٣-١٤')).toEqual({ ok: true, iso: '2009-03-14T00:00:00.000Z', assumedUtc: false });
  });
  it('refuses placeholders and nonsense', () => {
    expect(parseDate('0001-01-01T00:00:00Z').ok).toBe(false);
    expect(parseDate('2025-02-31').ok).toBe(false);
    expect(parseDate('أمس').ok).toBe(false);
    expect(parseDate('').ok).toBe(false);
  });
});
