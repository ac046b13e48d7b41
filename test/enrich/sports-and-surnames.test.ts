import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('sports names in match reports', () => {
  it('reads a club\'s short name as the club', () => {
    expect(found('فاز السد على الريان بهدفين في المباراة').orgs).toEqual(['السد القطري', 'الريان القطري']);
  });
  it('reads a national side\'s nickname', () => expect(found('تأهل العنابي إلى نهائي البطولة').orgs).toEqual(['منتخب قطر']));
  it('reads a city written alone as its club', () => {
    expect(found('يلعب برشلونة أمام تشيلسي في دوري الأبطال ضمن المباراة')).toMatchObject({ orgs: ['برشلونة الإسباني', 'تشيلسي'], places: [] });
  });
  it('leaves the words alone outside match reports', () => {
    expect(found('زار الوفد السد العالي ثم برشلونة')).toMatchObject({ orgs: [], places: ['برشلونة'] });
  });
  it('does not read an adjective after a definite noun as a club', () => expect(found('انطلق الدوري العربي للأندية في المباراة الأولى').orgs).toEqual([]));
});

describe('players in match reports', () => {
  it('reads the player after a player\'s verb before the ball', () => expect(found('ومرر غوتي كرة بينية في المباراة').people).toEqual(['غوتي']));
  it('reads a scorer before the minute in parentheses', () => expect(found('وسجل الفريق الهدف الأول عبر رييس (27) في المباراة').people).toContain('رييس'));
  it('reads one name word after a nationality', () => expect(found('وأضاف البرتغالي تياغو الهدف الثاني في الدقيقة 55 من المباراة').people).toEqual(['تياغو']));
});

describe('names and roles', () => {
  it('reads a known surname after a title («الرئيس الأسد»)', () => expect(found('وأضاف الرئيس الأسد أن الآفاق مفتوحة').people).toEqual(['الأسد']));
  it('ends a known name before the next word («الرئيس شيراك شذ»)', () => {
    expect(found('وحده الرئيس شيراك شذ عن هذه القاعدة').people).toEqual(['شيراك']);
  });
  it('reads an ambiguous given name before a particle or a nisba', () => {
    expect(found('قصفت الطائرات منزل منصور أبو حميد في المدينة').people).toEqual(['منصور أبو حميد']);
    expect(found('كان الشعب سعيد الحظ').people).toEqual([]);
  });
  it('reads a nisba surname alone after a speech verb', () => expect(found('وقال البدري إن الفريق جاهز').people).toEqual(['البدري']));
  it('reads an unknown name with a family name after a speech verb when a title or «إن» closes it', () => {
    expect(found('وأكد مجذوب الشريف مستشار الرئيس أن المحادثات مستمرة').people).toEqual(['مجذوب الشريف']);
    expect(found('وقال كارزان الهركي إن الاتفاق نهائي').people).toEqual(['كارزان الهركي']);
  });
  it('reads no name from a circumstantial accusative or a plain noun after a speech verb', () => {
    expect(found('وأضاف متمنيا الشفاء أن يعود الجميع').people).toEqual([]);
    expect(found('واعتبر موقعو البيان أن القرار خاطئ').people).toEqual([]);
  });
  it('reads no place in a market of the economy', () => {
    expect(found('ارتفعت الأسعار في سوق الوقود وتراجع التوظيف في سوق العمل في القاهرة').places).toEqual(['القاهرة']);
  });
  it('does not read a verbal noun after a role as a name', () => expect(found('رفض الرئيس السوري ترسيم الحدود').people).toEqual([]));
});

describe('datelines', () => {
  it('reads the source after the place and the dash', () => {
    expect(found('الدوحة - الراية: تحتفل البلاد اليوم بالعيد الوطني').orgs).toEqual(['الراية']);
    expect(found('غزة - (أ ش أ): زعمت مصادر إسرائيلية').orgs).toEqual(['وكالة أنباء الشرق الأوسط']);
  });
  it('leaves a reporter\'s byline alone', () => expect(found('بغداد - علي حسين: قتل عشرة أشخاص').orgs).toEqual([]));
});

describe('names in a list', () => {
  it('reads a name after «و» written apart as it stands', () => {
    expect(found('التقى بوتين و سيرغي ماكاروف أمس').people).toContain('سيرغي ماكاروف');
  });
  it('reads one word after «و» where the list ends', () => expect(found('التقى بوتين و ماكاروف .').people).toContain('ماكاروف'));
  it('reads an ambiguous given name before another given name', () => expect(found('وأشاد عادل محمد بالفريق').people).toEqual(['عادل محمد']));
  it('opens no name inside a known place whose second word is also a given name', () => {
    const a = found('وذكرت مصادر دبلوماسية أن بيونغ يانغ تنوي إجراء تجربة صاروخية جديدة');
    expect(a.people).toEqual([]);
    expect(a.places).toContain('بيونغ يانغ');
  });
  it('does not read a predicate glued to «و» after a list of names as one more name', () => {
    expect(found('قال المحللون إن فشل المفاوضات بين ماكرون وأردوغان وارد').people).not.toContain('ارد');
  });
});
