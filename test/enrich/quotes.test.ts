import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/enrich/quotes/quote-spans.js';
import { tokenize } from '../../src/enrich/text/tokenize.js';
import { annotateParagraphs, quoteLines } from './helpers.js';

const spans = (...paragraphs: string[]) =>
  findQuoteSpans(paragraphs.map((text, unit) => ({ unit, text, tokens: tokenize(text) }))).map((q) =>
    q.parts.map((p) => paragraphs[p.block]!.slice(p.start, p.end)).join(' | '),
  );

describe('quote spans', () => {
  it('finds guillemets, curly and straight quotes', () => {
    expect(spans('قال «نعم» ثم “لا” ثم "ربما"')).toEqual(['نعم', 'لا', 'ربما']);
  });
  it('keeps inner quotes inside the outer one', () => expect(spans('قال: «سمعت أحدهم يقول “انتهى” وضحكت»')).toEqual(['سمعت أحدهم يقول “انتهى” وضحكت']));
  it('runs a quotation across paragraphs', () => expect(spans('وأضاف: «الجملة الأولى.', 'والجملة الثانية».')).toEqual(['الجملة الأولى. | والجملة الثانية']));
  it('does not open a new quotation at a reopening mark', () => {
    expect(spans('وقال: «المقطع الأول.', '«والمقطع الثاني».')).toEqual(['المقطع الأول. | والمقطع الثاني']);
  });
  it('never lets a straight quote run across paragraphs', () => expect(spans('قال "بداية', 'نهاية"')).toEqual([]));
});

describe('speakers', () => {
  it('a speech verb with its subject', () => {
    expect(quoteLines(annotateParagraphs(['وقال وزير النقل المصري طارق الشناوي: «سنفتتح الخط الجديد في الربيع».']))).toEqual([
      'طارق الشناوي: سنفتتح الخط الجديد في الربيع',
    ]);
  });
  it('a continuation with no subject («وأضاف:») keeps the speaker', () => {
    const a = annotateParagraphs([
      'قالت رئيسة البلدية الفرنسية كلير دوبون إن «المشروع سيغير وجه الحي بالكامل».',
      'وأضافت: «لن نترك أحدا خلفنا».',
    ]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['كلير دوبون', 'كلير دوبون']);
  });
  it('participles continue the speaker of their sentence', () => {
    const a = annotateParagraphs(['أكد المدرب البلجيكي توماس ماس أن فريقه «جاهز تماما للمباراة»، مضيفا أن «الجمهور سيصنع الفارق».']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['توماس ماس', 'توماس ماس']);
  });
  it('an attribution phrase gives the speaker, a group included', () => {
    const a = annotateParagraphs(['ووفقا للخبراء فإن «الأسعار ستبقى مرتفعة حتى نهاية العام المقبل».', 'وبحسب وزير الزراعة فإن «المحصول سيكون وفيرا هذا الموسم».']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['الخبراء', 'وزير الزراعة']);
  });
  it('a speaker after the quotation («…»، قال X)', () => {
    const a = annotateParagraphs([
      'وصلت سفيرة البرازيل ماريا سوزا إلى المطار.',
      '«نحن هنا لنبقى، ولن نغادر قبل توقيع الاتفاق»، قالت السفيرة البرازيلية للصحافيين.',
    ]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['ماريا سوزا']);
  });
  it('a short term in quotes is not speech', () => {
    const a = annotateParagraphs(['وتحدث الوزير عن مشروع «المدينة الذكية» في كلمته، ووصف الخطة بما يسمى «القفزة الكبرى».']);
    expect(a.quotes).toEqual([]);
  });
  it('a name in guillemets is not speech', () => expect(annotateParagraphs(['نشرت صحيفة «الفجر» التقرير.']).quotes).toEqual([]));
  it('a one-word answer after «قال:» is speech', () => {
    const a = annotateParagraphs(['وسئل الوزير الإيطالي ماركو ريتشي عن موعد الانسحاب، فقال: «قريبا».']);
    expect(quoteLines(a)).toEqual(['ماركو ريتشي: قريبا']);
  });
  it('a long quotation with no verb goes on the running speaker', () => {
    const a = annotateParagraphs(['رأى المحلل السياسي الأردني زيد الخطيب أن «الحوار هو الطريق الوحيد المتاح اليوم».', 'و«المنطقة لا تحتمل حربا جديدة بعد كل ما عاشته من أزمات».']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['زيد الخطيب', 'زيد الخطيب']);
  });
  it('a quotation across paragraphs lists its continuation', () => {
    const body = ['وقال الروائي التونسي منصف الحاج: «كتبت هذه الرواية في عشر سنوات.', 'وكل فصل فيها عشته بنفسي».'];
    const q = annotateParagraphs(body).quotes[0]!;
    expect(q).toMatchObject({ speaker: 'منصف الحاج', block: 0, continues: [{ block: 1 }] });
    expect(body[0]!.slice(q.start, q.end)).toBe('كتبت هذه الرواية في عشر سنوات.');
    expect(q.text).toBe('كتبت هذه الرواية في عشر سنوات. وكل فصل فيها عشته بنفسي');
  });
  it('a mention that is not the subject does not change the speaker', () => {
    const a = annotateParagraphs([
      'قال رئيس الوزراء الهولندي ييرون فيسر إن «الاتفاق التجاري سيوقع قبل الصيف».',
      'وتطرق إلى لقائه بالرئيس الفرنسي أوليفييه مارتان أمس، وزاد: «تفاهمنا على كل النقاط المهمة».',
    ]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['ييرون فيسر', 'ييرون فيسر']);
  });
  it('offsets of a quotation are exact', () => {
    const body = ['أوضحت الوزيرة الكندية آن تريمبلاي: «سنراجع كل العقود الموقعة».'];
    const q = annotateParagraphs(body).quotes[0]!;
    expect(body[0]!.slice(q.start, q.end)).toBe(q.text);
  });
});
