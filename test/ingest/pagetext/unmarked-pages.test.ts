import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../../src/ingest/pagetext/index.js';

// Original text. Pages copied without TT or the sticky repeat are confirmed by an earlier card
// with the same headline: the card's headline may end in «!» (common in popular news) or
// carry a content-type kicker glued before it.
const CAP = 'عمال في ورشة الميناء (رويترز)';
const CARD_CAP = 'زوار في السوق القديم (أ.ف.ب)';
const DUMP = [
  'الميناء يستقبل أول سفينة بعد التوسعة', '', CAP, CAP, 'TT', '', 'الميناء يستقبل أول سفينة بعد التوسعة', '', CAP, CAP, '',
  'استقبل الميناء صباح اليوم أول سفينة حاويات بعد انتهاء أعمال التوسعة التي استمرت عامين.', '',
  'وقال مدير الميناء إن الرصيف الجديد يضاعف قدرة الاستيعاب.', '', '',
  'مقالات ذات صلة', '',
  'السوق القديم يعود إلى الحياة!', '',
  `منوعات ${CARD_CAP}`, '',
  'السوق القديم يعود إلى الحياة!', '',
  'عاد التجار إلى السوق القديم بعد ترميمه وامتلأت الأزقة بالزوار', '',
  'سلمى الحدّاد (وادي السرو)', '', '',
  'السوق القديم يعود إلى الحياة!', '', CARD_CAP, CARD_CAP, '',
  'عاد التجار إلى السوق القديم في وسط المدينة بعد ترميم استمر ثلاث سنوات.', '',
  'وقالت البلدية إن السوق سيبقى مفتوحاً حتى منتصف الليل طوال الصيف.', '',
].join('\n');

describe('headlines ending in «!»', () => {
  const r = parsePageText(DUMP, { file: 'exclamation.txt' });

  it('a featured headline ending in «!» still opens the related module', () => {
    expect(r.articles[0]!.related?.map((c) => c.headline)).toEqual(['السوق القديم يعود إلى الحياة!']);
  });

  it('a page copied without TT or repeat is found when its headline ends in «!»', () => {
    expect(r.articles.map((a) => a.headline)).toEqual(['الميناء يستقبل أول سفينة بعد التوسعة', 'السوق القديم يعود إلى الحياة!']);
    expect((r.articles[1]?.body ?? []).filter((b) => b.type === 'paragraph')).toHaveLength(2);
  });
});

describe('a page without TT whose card carries a glued kicker', () => {
  const CAP2 = 'مهاجرون عند الحدود الشمالية (أ.ب)';
  const dump = [
    'البلدية تفتح مركزاً لإيواء المهاجرين', '', CAP2, CAP2, 'TT', '', 'البلدية تفتح مركزاً لإيواء المهاجرين', '', CAP2, CAP2, '',
    'افتتحت البلدية مركزاً جديداً لإيواء المهاجرين يتسع لمئتي شخص.', '', '',
    'مقالات ذات صلة', '',
    `أوروبا ${CARD_CAP}`, '',
    'تحليل إخباري الحدود الشمالية بين الإغلاق والانفتاح', '',
    'تتبدل سياسات العبور على الحدود الشمالية من شهر إلى آخر', '',
    'كريم ناصر (العاصمة)', '', '',
    'الحدود الشمالية بين الإغلاق والانفتاح', '',
    'تتبدل سياسات العبور على الحدود الشمالية من شهر إلى آخر', '', CARD_CAP, CARD_CAP, '',
    'تتبدل سياسات العبور على الحدود الشمالية من شهر إلى آخر، ويقول العاملون في الإغاثة إن ذلك يربك عملهم.', '',
  ].join('\n');

  it('is found by its caption pair, confirmed by the card without its kicker', () => {
    const r = parsePageText(dump, { file: 'kicker.txt' });
    expect(r.articles.map((a) => a.headline)).toEqual(['البلدية تفتح مركزاً لإيواء المهاجرين', 'الحدود الشمالية بين الإغلاق والانفتاح']);
    expect(r.articles[0]!.related?.[0]?.kicker).toBe('تحليل إخباري');
  });
});
