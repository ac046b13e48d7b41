import { parseArticleInput, type ArticleInput, type ArticleInputRaw } from '../../src/article/index.js';

let n = 0;

/** A valid article input with original test text; override any field. */
export function buildArticle(overrides: Partial<ArticleInputRaw> = {}): ArticleInput {
  n += 1;
  return parseArticleInput({
    headline: `افتتاح مكتبة عامة جديدة في حي الميناء رقم ${n}`,
    deck: 'المكتبة تضم قاعة للأطفال وركنا للصحف القديمة',
    kicker: null,
    section: 'ثقافة',
    tags: ['مكتبات', 'مدن'],
    leadImage: { src: '/media/test.svg', alt: 'واجهة المكتبة', caption: 'واجهة المكتبة الجديدة', credit: 'تصوير: ليلى سمعان' },
    byline: { authors: ['ليلى سمعان'], source: null, dateline: 'بيروت' },
    body: [
      { type: 'paragraph', text: 'فتحت المكتبة أبوابها صباح السبت أمام الزوار بعد عامين من أعمال الترميم.' },
      { type: 'subheading', text: 'قاعة للأطفال' },
      { type: 'paragraph', text: 'وقالت مديرة المكتبة إن القاعة ستستقبل المدارس مرتين في الأسبوع.' },
    ],
    status: 'published',
    publishedAt: '2026-11-20T09:00:00Z',
    ...overrides,
  });
}
