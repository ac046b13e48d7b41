import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/enrich/people/person-matcher.js';
import { readRole } from '../../src/enrich/people/roles.js';
import { titleFits } from '../../src/enrich/people/role-compat.js';
import { sameName } from '../../src/enrich/people/same-name.js';
import { tokenize } from '../../src/enrich/text/tokenize.js';
import { annotateParagraphs, gazetteer } from './helpers.js';

const g = gazetteer();
const names = (text: string) => findPeople(g, 0, text, tokenize(text)).filter((c) => c.form === 'full').map((c) => c.name);
const roles = (text: string) => findPeople(g, 0, text, tokenize(text)).map((c) => c.role?.text ?? null);

describe('person matcher', () => {
  it('reads title, nationality and name', () => {
    const text = 'وصل رئيس الوزراء البرتغالي جواو مارتينز إلى المدينة';
    expect(names(text)).toEqual(['جواو مارتينز']);
    expect(roles(text)).toEqual(['رئيس الوزراء البرتغالي']);
  });
  it('reads a field title with its complement («عالم الاجتماع»)', () => {
    expect(roles('ويرى عالم الاجتماع المغربي حسن الودغيري أن الظاهرة جديدة')).toEqual(['عالم الاجتماع المغربي']);
  });
  it('reads Arabic particles as part of the name', () => {
    expect(names('استقبل الأمير خالد بن سعود آل نايف الوفد')).toEqual(['خالد بن سعود آل نايف']);
    expect(names('وقالت الدكتورة سلمى أبو شقرا إن النتائج مشجعة')).toEqual(['سلمى أبو شقرا']);
    expect(names('أعلن الوزير عبد الكريم المنصوري الخطة')).toEqual(['عبد الكريم المنصوري']);
  });
  it('stops a name at an adverb with tanween or a function word', () => {
    expect(names('أكد وزير الداخلية الليبي سالم الكوني مجدداً التزامه')).toEqual(['سالم الكوني']);
    expect(names('التقى الرئيس الكيني جوزيف موانغي مع الوفد')).toEqual(['جوزيف موانغي']);
  });
  it('stops a name before a present-tense verb after two words', () => {
    expect(names('الرئيس الفنلندي يوهانس ليندروس يستقبل ضيفه')).toEqual(['يوهانس ليندروس']);
  });
  it('reads a role alone as a role, not a name', () => {
    const found = findPeople(g, 0, 'وأضاف الوزير الفرنسي أن المحادثات مستمرة', tokenize('وأضاف الوزير الفرنسي أن المحادثات مستمرة'));
    expect(found.map((c) => [c.form, c.role?.country])).toEqual([['title', 'فرنسا']]);
  });
  it('reads a one-word subject of a speech verb closed by a preposition', () => {
    expect(names('وشدد كورتلاند على أن الاتفاق قائم')).toEqual(['كورتلاند']);
    expect(names('وقال كورتلاند بعد لقائه الوفد إن الاتفاق قائم')).toEqual(['كورتلاند']);
  });
  it('reads a one-word subject opening with «ل» only when «أن» closes it', () => {
    expect(names('وأوضح لارسن أن الانتشار مستمر')).toEqual(['لارسن']);
    expect(names('وقال لضيفه في المطار كلاما طيبا')).toEqual([]);
    expect(names('وقال لضيفه إن الزيارة ناجحة')).toEqual([]);
  });
  it('reads the subject of a match-report verb as a player', () => {
    expect(names('وسجل تريزيغيتو في الدقيقة العاشرة')).toEqual(['تريزيغيتو']);
  });
  it('does not open a name with a given name that is also a common word («دين», «بأن»)', () => {
    expect(names('وهو أول دين حكومي منذ عشر سنوات')).toEqual([]);
    expect(names('أفادت تقارير أخرى بان موظفي الطيران أضربوا')).toEqual([]);
  });
  it('takes a third word that is a known person after two unknown ones', () => {
    expect(names('رئيس الوزراء التركي رجب طيب أردوغان تباحث مع ضيفه')).toEqual(['رجب طيب أردوغان']);
  });
  it('a title in construct does not take a common noun as a name', () => {
    expect(names('وقال رئيس وزراء سابق إن الوضع صعب')).toEqual([]);
  });
  it('an indefinite descriptor is anonymous', () => {
    expect(names('قال مسؤول أمريكي رفيع إن القرار نهائي')).toEqual([]);
  });
  it('finds a name after a given name alone', () => expect(names('وشارك فولوديمير كوفالينكو في الجلسة')).toEqual(['فولوديمير كوفالينكو']));
  it('does not read «على» as the name «علي»', () => expect(names('حصل على جائزة كبرى')).toEqual([]));
  it('takes a role in apposition after the name', () => {
    expect(roles('حضرت منى الساعدي، مديرة المتحف الوطني، الافتتاح')).toEqual(['مديرة المتحف الوطني']);
  });
  it('reads a possessed title («رئيسها التنفيذي»)', () => {
    expect(roles('قال رئيسها التنفيذي يان كوفاتش إن الأرباح ارتفعت')).toEqual(['رئيسها التنفيذي']);
  });
});

describe('readRole', () => {
  const role = (text: string) => readRole(g, text, tokenize(text), 0);
  it('records the country of a nationality', () => expect(role('وزيرة الخارجية الكندية')?.role?.country).toBe('كندا'));
  it('records the country of a country name («رئيس بيلاروسيا»)', () => expect(role('رئيس بيلاروسيا')?.role?.country).toBe('بيلاروسيا'));
  it('marks a counterpart as relative', () => expect(role('نظيره السويدي')?.role?.relative).toBe(true));
  it('is nothing for a plain word', () => expect(role('المدينة')).toBeUndefined());
});

describe('titleFits', () => {
  it('«الوزير» fits a foreign minister', () => expect(titleFits('الوزير', 'وزير الخارجيه')).toBe(true));
  it('«الرئيسة» fits «رئيس»', () => expect(titleFits('الرئيسه', 'رئيس')).toBe(true));
  it('«الرئيس» does not fit a prime minister', () => expect(titleFits('الرئيس', 'رئيس الوزراء')).toBe(false));
  it('«رئيس الحكومة» fits «رئيس الوزراء»', () => expect(titleFits('رئيس الحكومه', 'رئيس الوزراء')).toBe(true));
});

describe('sameName', () => {
  it('spelling variants of a first name are one person', () => expect(sameName(['الكسندر', 'فولكوف'], ['اليكساندر', 'فولكوف'])).toBe(true));
  it('different first names are two people', () => expect(sameName(['جورج', 'هاريسون'], ['نيل', 'هاريسون'])).toBe(false));
  it('a surname alone is the same person', () => expect(sameName(['فولكوف'], ['الكسندر', 'فولكوف'])).toBe(true));
});

describe('coreference', () => {
  const a = annotateParagraphs([
    'التقى الرئيس البرازيلي ماركوس ألميدا نظيره الأرجنتيني خافيير روسو في العاصمة الأوروغويانية مونتيفيديو.',
    'وقال ألميدا إن اللقاء كان مثمرا، بينما اكتفى الرئيس الأرجنتيني بابتسامة. وأكد روسو لاحقا أن الاتفاق قريب.',
    'ثم عاد الرئيس البرازيلي إلى بلاده مساء.',
  ]);
  const person = (name: string) => a.people.find((p) => p.name === name)!;
  it('finds both presidents', () => expect(a.people.map((p) => p.name).sort()).toEqual(['خافيير روسو', 'ماركوس ألميدا']));
  it('resolves surnames alone', () => {
    expect(person('ماركوس ألميدا').mentions.map((m) => m.text)).toContain('ألميدا');
    expect(person('خافيير روسو').mentions.map((m) => m.text)).toContain('روسو');
  });
  it('resolves a role alone by nationality', () => {
    expect(person('خافيير روسو').mentions.map((m) => m.text)).toContain('الرئيس الأرجنتيني');
    expect(person('ماركوس ألميدا').mentions.map((m) => m.text)).toContain('الرئيس البرازيلي');
  });
  it('gives the counterpart the title of the person before', () => expect(person('خافيير روسو').role).toBe('الرئيس الأرجنتيني'));
  it('keeps every mention offset exact', () => {
    const body = ['التقى الرئيس البرازيلي ماركوس ألميدا نظيره الأرجنتيني خافيير روسو في العاصمة الأوروغويانية مونتيفيديو.', 'وقال ألميدا إن اللقاء كان مثمرا، بينما اكتفى الرئيس الأرجنتيني بابتسامة. وأكد روسو لاحقا أن الاتفاق قريب.', 'ثم عاد الرئيس البرازيلي إلى بلاده مساء.'];
    for (const p of a.people) for (const m of p.mentions) expect(body[m.block]!.slice(m.start, m.end)).toBe(m.text);
  });
  it('a role alone resolves to the most recent person it fits', () => {
    const b = annotateParagraphs([
      'اجتمع وزير المالية التونسي فريد الجبالي مع وزير المالية الجزائري كمال بوزيد.',
      'وقال الوزير التونسي إن الطرفين اتفقا، وأضاف الوزير إن التفاصيل ستعلن لاحقا.',
    ]);
    const minister = (n: string) => b.people.find((p) => p.name === n)!.mentions.map((m) => m.text);
    expect(minister('فريد الجبالي')).toContain('الوزير التونسي');
    expect(minister('فريد الجبالي')).toContain('الوزير');
  });
  it('reads the first family name of an East Asian name as an alias', () => {
    const b = annotateParagraphs(['وصل رئيس الوزراء الفيتنامي نغوين فان هوا إلى جاكرتا.', 'وقال هوا إن الزيارة تاريخية.']);
    expect(b.people[0]!.mentions.map((m) => m.text)).toContain('هوا');
  });
});

describe('a surname that is also a common word', () => {
  const a = annotateParagraphs([
    'قال الوزير محمد علي إن الوضع صعب.',
    'وتبقى القضايا المطروحة علي الساحة كثيرة، وأضاف علي: سنواصل العمل.',
  ]);
  it('reads «علي» before a noun as the preposition and before punctuation as the person', () => {
    const texts = a.people.flatMap((p) => p.mentions.filter((m) => m.block === 1).map((m) => m.text));
    expect(texts).toEqual(['علي']);
    const m = a.people.flatMap((p) => p.mentions).find((x) => x.block === 1)!;
    expect(m.start).toBe('وتبقى القضايا المطروحة علي الساحة كثيرة، وأضاف '.length);
  });
});
