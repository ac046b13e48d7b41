import { describe, expect, it } from 'vitest';
import { annotateParagraphs, orgMentions, orgs, places } from './helpers.js';

describe('places', () => {
  it('finds countries and cities behind clitics', () => expect(places('سافر الوفد من القاهرة إلى لشبونة وبالبرتغال')).toEqual(['القاهرة', 'لشبونة', 'البرتغال']));
  it('shows a country by its canonical name', () => expect(places('وقع الاتفاق مع الاتحاد الروسي')).toEqual(['روسيا']));
  it('keeps a place head that is part of the name', () => expect(places('هبطت الطائرة في قاعدة تومسك الجوية')).toEqual(['قاعدة تومسك الجوية']));
  it('leaves an administrative head out', () => expect(places('زار الوزير محافظة ميسان أمس')).toEqual(['ميسان']));
  it('reads a river named after a country as the river', () => expect(places('فاض نهر النيجر هذا العام')).toEqual(['نهر النيجر']));
  it('does not read a verb as a city («كان»)', () => expect(places('كان الطقس باردا')).toEqual([]));
  it('finds nothing in non-Arabic text', () => expect(places('No places here.')).toEqual([]));
  it('reads «كابل» as Kabul, not «ك» + a company', () => {
    expect(places('وقعت انفجارات في كابل ليلة أمس')).toEqual(['كابل']);
    expect(orgs('وقعت انفجارات في كابل ليلة أمس')).toEqual([]);
  });
});

describe('organisations', () => {
  it('reads a ministry with its nationality', () => expect(orgs('أعلنت وزارة الصحة الأردنية حملة جديدة')).toEqual(['وزارة الصحة الأردنية']));
  it('reads a party joined by «و»', () => expect(orgs('فاز حزب الحرية والتقدم بالانتخابات')).toEqual(['حزب الحرية والتقدم']));
  it('reads a quoted name after its head, without the quote marks', () => expect(orgs('نقلت وكالة أنباء «الأفق» الخبر')).toEqual(['وكالة أنباء الأفق']));
  it('reads a national body', () => expect(orgs('انتشر الجيش اللبناني على الحدود')).toEqual(['الجيش اللبناني']));
  it('reads a body named by head, adjective and a genitive chain', () => {
    expect(orgs('أحالت الهيئة الوطنية لحماية المستهلك الملف')).toEqual(['الهيئة الوطنية لحماية المستهلك']);
  });
  it('does not name a committee described by adjectives', () => expect(orgs('شكلت لجنة فنية مشتركة')).toEqual([]));
  it('does not read the adjective «كاف» as the African confederation', () => expect(orgs('الدعم غير كاف حتى الآن')).toEqual([]));
  it('knows international bodies', () => expect(orgs('دعا مجلس الأمن الدولي إلى التهدئة')).toEqual(['مجلس الأمن']));
  it('keeps title words out of bodies («وزير الخارجية» is no ministry)', () => expect(orgs('وصل وزير الخارجية الياباني')).toEqual([]));
});

const people = (text: string) => annotateParagraphs(text.split('\n')).people.map((p) => p.name);

describe('spans of known bodies (descriptors stay out)', () => {
  it('leaves a descriptor head out of a known name', () => expect(orgMentions('قال مصدر لوكالة فرانس برس إن الوفد وصل')).toEqual(['فرانس برس']));
  it('leaves «قوات» out of a known body', () => expect(orgMentions('انتشرت قوات الأمم المتحدة في الجنوب')).toEqual(['الأمم المتحدة']));
  it('leaves the country adjective after a known body out', () => expect(orgMentions('فاز ريال مدريد الإسباني على ضيفه')).toEqual(['ريال مدريد']));
  it('keeps a national body whole', () => expect(orgMentions('انتشر الجيش اللبناني على الحدود')).toEqual(['الجيش اللبناني']));
});

describe('agency credits', () => {
  it('reads «(الفرنسية)» as the agency', () => expect(orgs('جنود في دورية ببغداد (الفرنسية - أرشيف)')).toEqual(['وكالة الصحافة الفرنسية']));
  it('reads the adjective outside parentheses as an adjective', () => expect(orgs('قالت الخارجية الفرنسية إن')).not.toContain('وكالة الصحافة الفرنسية'));
});

describe('words that look like names', () => {
  it('does not read «فشل» as a clitic and a two-letter company', () => expect(orgs('وبعد فشل الاجتماع التنسيقي')).toEqual([]));
  it('does not take the preposition «على» for a person named «علي»', () => {
    expect(people('غنى المطرب علي الحجار أمس\nواعتمد الحفل على الفرقة')).toEqual(['علي الحجار']);
  });
  it('ends a name before a word with a pronoun written apart («علي ه»)', () => {
    expect(people('فضل المدرب اللاعب كلاس يان هانتيلار علي ه')).toEqual(['كلاس يان هانتيلار']);
  });
});
