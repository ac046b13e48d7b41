import { describe, expect, it } from 'vitest';
import { chooseHeadline, plausibleDeck, stripSiteName, stripTitleLabels } from '../../../src/ingest/html/headline.js';

const none = { og: null, jsonLd: null, twitter: null, microdata: null, h1: null, title: null };

describe('headline choice', () => {
  it('strips the site name at either end', () => {
    expect(stripSiteName('مجلس المدينة يقرّ الخطة | المدار', ['المدار'])).toBe('مجلس المدينة يقرّ الخطة');
    expect(stripSiteName('المدار - مجلس المدينة يقرّ الخطة', ['المدار'])).toBe('مجلس المدينة يقرّ الخطة');
    expect(stripSiteName('مباشر | عاصفة رملية تعطّل الملاحة', ['الساحل نيوز'])).toBe('مباشر | عاصفة رملية تعطّل الملاحة');
  });
  it('drops short labels around a bare <title>', () => {
    expect(stripTitleLabels('الضاد :: أخبار محلية :: افتتاح أول مكتبة عامة في حي الزيتون')).toBe('افتتاح أول مكتبة عامة في حي الزيتون');
    expect(stripTitleLabels('الضاد :: أخبار')).toBe('الضاد :: أخبار');
  });
  it('prefers a candidate another one confirms (punctuation aside)', () => {
    expect(chooseHeadline({ ...none, og: 'شعر وردي يُشعل السخرية… لغز', jsonLd: '"شعر وردي يُشعل السخرية"… لغز' }, [])).toBe('شعر وردي يُشعل السخرية… لغز');
    expect(chooseHeadline({ ...none, og: 'عنوان مقتطع للمحركات', h1: 'عنوان آخر للخبر', title: 'عنوان آخر للخبر - الموقع' }, [])).toBe('عنوان آخر للخبر');
  });
  it('falls back to the most trusted candidate, and to null', () => {
    expect(chooseHeadline({ ...none, og: 'عنوان وحيد' }, [])).toBe('عنوان وحيد');
    expect(chooseHeadline(none, [])).toBeNull();
  });
});

describe('plausibleDeck', () => {
  it('refuses slogans, stray separators and the headline itself', () => {
    expect(plausibleDeck('| Lebanon News', 'عنوان', [])).toBe(false);
    expect(plausibleDeck('مجلة ثقافية مستقلة', 'عنوان', ['مجلة ثقافية مستقلة'])).toBe(false);
    expect(plausibleDeck('عنوان الخبر هنا كما هو', 'عنوان الخبر هنا كما هو', [])).toBe(false);
    expect(plausibleDeck('المشروع يغطي حاجة ثلاثمائة ألف نسمة', 'عنوان', [])).toBe(true);
  });
});
