import { describe, expect, it } from 'vitest';
import { createAnnotator, entityKey, toRecords } from '../../src/enrich/index.js';
import { annotateParagraphs, found } from './helpers.js';

describe('clubs and teams', () => {
  it('knows clubs by name', () => expect(found('فاز الوداد البيضاوي على ضيفه').orgs).toEqual(['الوداد البيضاوي']));
  it('reads a club word and a city («اتحاد طنجة»)', () => expect(found('خسر فريق اتحاد طنجة أمس').orgs).toEqual(['اتحاد طنجة']));
  it('reads a place and a city adjective as a club («المغرب الفاسي»)', () => {
    expect(found('تعادل المغرب الفاسي في مباراة الأمس')).toMatchObject({ orgs: ['المغرب الفاسي'], places: [] });
  });
  it('leaves the team noun out of the name', () => expect(found('يستقبل فريق الرجاء البيضاوي منافسه').orgs).toEqual(['الرجاء البيضاوي']));
  it('does not make a working group a team («فريق العمل»)', () => expect(found('اجتمع فريق العمل صباحا').orgs).toEqual([]));
  it('reads a country as its side in a match report', () => {
    expect(found('فاز المنتخب في المباراة على أوزبكستان بهدفين')).toMatchObject({ orgs: ['أوزبكستان'], places: [] });
  });
  it('keeps a country a place outside match reports', () => expect(found('وصل الوفد إلى أوزبكستان أمس')).toMatchObject({ places: ['أوزبكستان'] }));
});

describe('descriptor heads', () => {
  it('names a company by its proper name («شركة نوكيا» → نوكيا)', () => expect(found('أعلنت شركة نوكيا أرباحها').orgs).toEqual(['نوكيا']));
  it('names a newspaper by its quoted name', () => expect(found('نشرت صحيفة «الصباح الجديد» الخبر').orgs).toEqual(['الصباح الجديد']));
  it('keeps the head of a company named by common nouns', () => expect(found('رفعت شركة النفط الوطنية أسعارها.').orgs).toEqual(['شركة النفط الوطنية']));
});

describe('names', () => {
  it('closes an Arabic name with a nisba family name («محمد سعيد الشامسي»)', () => {
    expect(found('وقال وزير البيئة محمد سعيد الشامسي إن الخطة جاهزة').people).toEqual(['محمد سعيد الشامسي']);
  });
  it('stops a name before a verb or a noun of the sentence', () => expect(found('وانتقد الرئيس شافيز بتصريح حاد خصومه').people).toEqual(['شافيز']));
  it('reads a role with a genitive «لل…» before the name', () => {
    expect(annotateParagraphs(['قال المدير التنفيذي للشركة سامر يوسف إن الأرباح ارتفعت']).people).toMatchObject([
      { name: 'سامر يوسف', role: 'المدير التنفيذي للشركة' },
    ]);
  });
  it('reads a Maghrebi given name with the article after a role', () => {
    expect(found('رفض الكاتب العام للنقابة الهادي بن سالم القرار').people).toEqual(['الهادي بن سالم']);
  });
  it('does not read the words after a national body as a name', () => expect(found('اقتحمت القوات الأمريكية منزلا في المدينة').people).toEqual([]));
});

describe('store records', () => {
  it('keys names so spellings of one name are one entity', () => expect(entityKey('أحمد عليّ')).toBe(entityKey('احمد علي')));
  it("gives each quotation its speaker's key, or the group as written", () => {
    const a = annotateParagraphs(['وقال الوزير كريم منصور إن «الحل قريب جدا من الطرفين».', 'وقالت مصادر دبلوماسية إن «الاتفاق سيوقع الأسبوع المقبل».']);
    const r = toRecords(a, 7);
    expect(r.version).toBe(7);
    expect(r.quotes.map((q) => [q.speakerKey, q.speakerText])).toEqual([
      [entityKey('كريم منصور'), null],
      [null, 'مصادر دبلوماسية'],
    ]);
    expect(r.entities.find((e) => e.kind === 'person')).toMatchObject({ name: 'كريم منصور', key: entityKey('كريم منصور') });
  });
  it('learns people of two words and more, and places, but not single-word people', () => {
    const an = createAnnotator();
    an.learn([
      { type: 'confirm', name: 'نادر الشامي', kind: 'person', role: 'رئيس الجمعية' },
      { type: 'confirm', name: 'كوسا', kind: 'person' },
      { type: 'confirm', name: 'بلدة الزيتون', kind: 'place' },
    ]);
    expect(an.gazetteer.entity('نادر الشامي')).toMatchObject({ kind: 'person', role: 'رئيس الجمعية' });
    expect(an.gazetteer.entity('كوسا')).toBeUndefined();
    expect(an.gazetteer.entity('بلدة الزيتون')?.kind).toBe('place');
  });
});
