/** Organisation rules that keep common nouns and sentence words out of bodies' names. */
import { describe, expect, it } from 'vitest';
import { orgMentions, orgs, places } from './helpers.js';

describe('a known body is complete', () => {
  it('leaves definite words after it to the sentence', () => expect(orgMentions('يعقد مجلس الأمن الدولي الليلة جلسة طارئة')).toEqual(['مجلس الأمن الدولي']));
  it('leaves a purpose phrase with «لـ» after it', () => expect(orgMentions('تحرك مجلس الأمن للحصول على ضمانات')).toEqual(['مجلس الأمن']));
  it('still leaves a nationality after a known body out', () => expect(orgMentions('أعلنت شركة نوكيا الفنلندية أرباحها')).toEqual(['نوكيا']));
  it('closes a proper part after a known name («حركة حماس [قبلت]»)', () => expect(orgMentions('قال إن حركة حماس قبلت العرض')).toEqual(['حركة حماس']));
});

describe('a mission of a known body', () => {
  it('leaves «بعثة» out of the known body', () => expect(orgMentions('وصلت بعثة الأمم المتحدة إلى المدينة')).toEqual(['الأمم المتحدة']));
});

describe('plural heads name no single body', () => {
  it('an indefinite plural head', () => expect(orgs('تراجعت أرباح شركات صناعة الأثاث هذا العام')).toEqual([]));
  it('a definite plural head with a nationality', () => expect(orgs('دخلت الشركات الكندية السوق')).toEqual([]));
  it('national plurals («السلطات») are not one body', () => expect(orgs('أعلنت السلطات الكندية إغلاق المعبر')).toEqual([]));
  it('the singular still names one', () => expect(orgs('أعلنت وزارة الصحة الكندية حملة')).toEqual(['وزارة الصحة الكندية']));
});

describe('heads that are everyday nouns', () => {
  it('«حركة» + one definite word is motion', () => expect(orgs('توقفت حركة المرور في وسط المدينة')).toEqual([]));
  it('«تنظيم» + one definite word is organising', () => expect(orgs('تولت تنظيم المعارض طوال الصيف')).toEqual([]));
  it('«مجموعة» + one definite word is a set', () => expect(orgs('عرضت مجموعة الحوافز على الموظفين')).toEqual([]));
  it('«رئاسة» + one definite word is chairing or the office', () => expect(orgs('تسلم رئاسة الجمعية في الربيع')).toEqual([]));
  it('a body with more words still counts', () => expect(orgs('أعلنت حركة التحرير الوطنية بيانا')).toEqual(['حركة التحرير الوطنية']));
});

describe('ordinals number a group, not a body', () => {
  it('«المجموعة الثالثة للتصفيات»', () => expect(orgs('فاز الفريق ضمن المجموعة الثالثة للتصفيات')).toEqual([]));
  it('a body with a genitive chain still counts', () => expect(orgs('أحالت الهيئة العليا لمكافحة التهريب الملف')).toEqual(['الهيئة العليا لمكافحة التهريب']));
});

describe('a nationality after a proper name describes the body', () => {
  it('leaves the nationality out after a proper name', () => expect(orgMentions('وقعت جامعة هوكايدو اليابانية مذكرة تفاهم')).toEqual(['جامعة هوكايدو']));
  it('keeps it after definite words', () => expect(orgMentions('أعلنت وزارة الزراعة البرازيلية الخطة')).toEqual(['وزارة الزراعة البرازيلية']));
  it('leaves it out after a quoted name', () => expect(orgMentions('أطلقت مؤسسة «نور الغد» الأردنية برنامجا')).toEqual(['مؤسسة «نور الغد»']));
});

describe('shapes that are not names after a head', () => {
  it('a participle («مدرجة»)', () => expect(orgs('ارتفعت أسهم ثلاثين شركة مدرجة في السوق')).toEqual([]));
  it('an adverbial accusative («ارتفاعا»)', () => expect(orgs('سجلت أسهم عشرين شركة ارتفاعا ملحوظا')).toEqual([]));
});

describe('national teams', () => {
  it('keeps «منتخب» in a country team’s name', () => {
    expect(orgs('تعادل منتخب البرتغال مع ضيفه')).toEqual(['منتخب البرتغال']);
    expect(places('تعادل منتخب البرتغال مع ضيفه')).toEqual([]);
  });
  it('and the sport after it', () => expect(orgs('فاز منتخب تونس لكرة اليد باللقب')).toEqual(['منتخب تونس لكرة اليد']));
  it('a club after «فريق» still leaves the noun out', () => expect(orgMentions('تغلب فريق الوداد على منافسه')).toEqual(['الوداد']));
});

describe('Anatolia is a region', () => {
  it('reads «الأناضول» alone as a place', () => {
    expect(places('ضرب زلزال شرق الأناضول فجر اليوم')).toEqual(['الأناضول']);
    expect(orgs('ضرب زلزال شرق الأناضول فجر اليوم')).toEqual([]);
  });
  it('keeps the agency with its head', () => expect(orgs('ذكرت وكالة الأناضول أن الوفد وصل')).toEqual(['وكالة الأناضول']));
});
