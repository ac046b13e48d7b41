import { describe, expect, it } from 'vitest';
import { annotateParagraphs } from './helpers.js';

const places = (text: string) => annotateParagraphs([text]).places.map((p) => p.name);
const orgs = (text: string) => annotateParagraphs([text]).organizations.map((o) => o.name);

describe('places', () => {
  it('finds countries and cities behind clitics', () => expect(places('سافر الوفد من القاهرة إلى لشبونة وبالبرتغال')).toEqual(['القاهرة', 'لشبونة', 'البرتغال']));
  it('shows a country by its canonical name', () => expect(places('وقع الاتفاق مع الاتحاد الروسي')).toEqual(['روسيا']));
  it('keeps a place head that is part of the name', () => expect(places('هبطت الطائرة في قاعدة تومسك الجوية')).toEqual(['قاعدة تومسك الجوية']));
  it('leaves an administrative head out', () => expect(places('زار الوزير محافظة ميسان أمس')).toEqual(['ميسان']));
  it('reads a river named after a country as the river', () => expect(places('فاض نهر النيجر هذا العام')).toEqual(['نهر النيجر']));
  it('does not read a verb as a city («كان»)', () => expect(places('كان الطقس باردا')).toEqual([]));
  it('finds nothing in non-Arabic text', () => expect(places('No places here.')).toEqual([]));
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
  it('knows international bodies', () => expect(orgs('دعا مجلس الأمن الدولي إلى التهدئة')).toEqual(['مجلس الأمن']));
  it('keeps title words out of bodies («وزير الخارجية» is no ministry)', () => expect(orgs('وصل وزير الخارجية الياباني')).toEqual([]));
});
