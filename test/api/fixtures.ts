import type { Article, ArticleInput, ArticleInputRaw } from '../../src/article/index.js';
import type { Store } from '../../src/store/index.js';
import { buildArticle } from '../support/factories.js';

/** The site URL API tests run under. */
export const API_SITE = 'https://midad.example';

/** The oldest public story: imported with an external id, with a photo and a video in its body. */
export function wireStory(overrides: Partial<ArticleInputRaw> = {}): ArticleInput {
  return buildArticle({
    id: 'wire-2026-0001',
    headline: 'المصرف المركزي يثبّت أسعار الفائدة',
    section: 'اقتصاد',
    tags: ['مصارف', 'فائدة'],
    byline: { authors: ['منى الخطيب'], source: null, dateline: 'عمّان' },
    body: [
      { type: 'paragraph', text: 'قرر المصرف المركزي الإبقاء على أسعار الفائدة دون تغيير.' },
      { type: 'image', src: '/media/photos/bank.jpg', alt: '', caption: 'مبنى المصرف', credit: 'رويترز' },
      { type: 'video', src: '/media/video/briefing.mp4', poster: null, caption: 'المؤتمر الصحفي', credit: null },
    ],
    publishedAt: '2026-11-10T08:00:00Z',
    ...overrides,
  });
}

/** What the API tests read: public articles in known order, plus ones the API must hide. */
export interface ApiFixture {
  /** Public articles, newest first (ties on the instant broken by id, newest id first). */
  public: Article[];
  draft: Article;
  scheduled: Article;
}

/**
 * A small archive: two sections, three authors, tags, an external id, five stories published
 * in the same second (cursor ties), a draft and a story scheduled after TEST_NOW.
 */
export async function seedApiArchive(store: Store): Promise<ApiFixture> {
  const made: Article[] = [];
  made.push(await store.articles.create(wireStory()));
  for (let i = 0; i < 5; i++) {
    made.push(
      await store.articles.create(
        buildArticle({
          headline: `نتائج الجولة رقم ${i}`,
          section: 'رياضة',
          tags: ['دوري'],
          byline: { authors: ['رامي ناصر'], source: null, dateline: null },
          publishedAt: '2026-11-15T18:00:00Z',
        }),
      ),
    );
  }
  made.push(
    await store.articles.create(
      buildArticle({
        headline: 'أسواق الخليج تغلق على ارتفاع',
        section: 'اقتصاد',
        byline: { authors: ['منى الخطيب', 'سلمى الحداد'], source: null, dateline: 'دبي' },
        publishedAt: '2026-11-25T13:00:00Z',
      }),
    ),
  );
  const draft = await store.articles.create(buildArticle({ headline: 'مسودة سرية', section: 'اقتصاد', status: 'draft', publishedAt: null }));
  const scheduled = await store.articles.create(buildArticle({ headline: 'خبر الغد', section: 'اقتصاد', publishedAt: '2026-12-01T08:00:00Z' }));
  const newestFirst = [...made].sort((a, b) => (a.publishedAt! === b.publishedAt! ? b.id - a.id : a.publishedAt! < b.publishedAt! ? 1 : -1));
  return { public: newestFirst, draft, scheduled };
}
