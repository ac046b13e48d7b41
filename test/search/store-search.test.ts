import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { createIndexer } from '../../src/search/indexer.js';
import type { IndexQuery } from '../../src/store/index.js';
import { buildArticle } from '../support/factories.js';
import { STORES, type TestStore } from '../support/stores.js';

const analyzer = createAnalyzer();
const indexer = createIndexer(() => analyzer);
const q = (text: string, extra: Partial<IndexQuery> = {}): IndexQuery => ({ terms: analyzer.queryTerms(text), limit: 10, ...extra });

/** A small collection written for these tests. */
async function fill(t: TestStore) {
  const s = t.store.articles;
  const ids: Record<string, number> = {};
  ids.port = (await s.create(buildArticle({ headline: 'إضراب عمال الميناء يدخل يومه الثالث', section: 'اقتصاد', body: [{ type: 'paragraph', text: 'توقفت الرافعات في الميناء التجاري وتكدست حاويات Containers على الأرصفة.' }] }))).id;
  ids.library = (await s.create(buildArticle({ headline: 'مكتبة المدينة تفتح قاعة جديدة', body: [{ type: 'paragraph', text: 'زار الأطفال المكتبة صباحا، وقرأ العمال في القاعة الجديدة مساء.' }] }))).id;
  ids.rain = (await s.create(buildArticle({ headline: 'أمطار غزيرة على السهل', section: 'بيئة', body: [{ type: 'paragraph', text: 'هطلت الأمطار على السهل الساحلي وأغلقت طريق الميناء القديم.' }] }))).id;
  ids.draft = (await s.create(buildArticle({ headline: 'مسودة عن الميناء', status: 'draft', publishedAt: null }))).id;
  return ids;
}

for (const { name, open } of STORES) {
  describe(`search index on ${name}`, () => {
    let t: TestStore;
    let ids: Record<string, number>;
    beforeAll(async () => {
      t = await open({ indexer });
      ids = await fill(t);
    });
    afterAll(async () => t.dispose());

    it('matches a word through its clitics and ranks a headline match first', async () => {
      const r = await t.store.search.query(q('الموانئ والميناء', { filter: { status: 'published' } }));
      expect(r.hits[0]!.id).toBe(ids.port);
      expect(r.hits.map((h) => h.id)).toContain(ids.rain);
      expect(r.total).toBe(2);
      expect(r.hits[0]!.score).toBeGreaterThan(r.hits[1]!.score);
    });

    it('searches one field only', async () => {
      const body = await t.store.search.query(q('الميناء', { in: 'headline', filter: { status: 'published' } }));
      expect(body.hits.map((h) => h.id)).toEqual([ids.port]);
    });

    it('honours phrases and exclusions', async () => {
      const phrase = await t.store.search.query(q('الميناء', { phrases: [analyzer.indexTerms('طريق الميناء')] }));
      expect(phrase.hits.map((h) => h.id)).toEqual([ids.rain]);
      const not = await t.store.search.query(q('الميناء', { excluded: analyzer.queryTerms('الأمطار'), filter: { status: 'published' } }));
      expect(not.hits.map((h) => h.id)).toEqual([ids.port]);
    });

    it('filters by status, section and date', async () => {
      const all = await t.store.search.query(q('الميناء'));
      expect(all.hits.map((h) => h.id)).toContain(ids.draft);
      const sections = await t.store.directory.sections();
      const env = sections.find((s) => s.name === 'بيئة')!;
      const inEnv = await t.store.search.query(q('الميناء', { filter: { sectionId: env.id } }));
      expect(inEnv.hits.map((h) => h.id)).toEqual([ids.rain]);
      const none = await t.store.search.query(q('الميناء', { filter: { to: '2000-01-01T00:00:00Z' } }));
      expect(none.total).toBe(0);
    });

    it('hides drafts and articles due later from readers, and counts only what it shows', async () => {
      const later = await t.store.articles.create(buildArticle({ headline: 'الميناء يستقبل سفينة الغد', publishedAt: '2999-01-01T00:00:00Z' }));
      try {
        const filter = { status: 'published', publishedBefore: new Date().toISOString() };
        const r = await t.store.search.query(q('الميناء', { filter }));
        expect(r.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual([ids.port!, ids.rain!].sort((a, b) => a - b));
        expect(r.total).toBe(2);
        const past = await t.store.search.query(q('الميناء', { filter, offset: 5 }));
        expect(past.hits).toEqual([]);
        expect(past.total).toBe(2);
        // Without "published before", an article due later is published and found.
        const due = await t.store.search.query(q('الميناء', { filter: { status: 'published' } }));
        expect(due.hits.map((h) => h.id)).toContain(later.id);
        expect(due.total).toBe(3);
      } finally {
        await t.store.articles.delete(later.id);
      }
    });

    it('matches prefixes in the relaxed mode', async () => {
      const exact = await t.store.search.query(q('contain'));
      const prefix = await t.store.search.query(q('contain', { prefix: true }));
      expect(exact.total).toBe(0);
      expect(prefix.hits.map((h) => h.id)).toEqual([ids.port]);
    });

    it('follows updates and deletes in the same transaction', async () => {
      const a = await t.store.articles.create(buildArticle({ headline: 'قارب صيد يعود سالما' }));
      expect((await t.store.search.query(q('قارب'))).hits.map((h) => h.id)).toEqual([a.id]);
      await t.store.articles.update(a.id, buildArticle({ headline: 'سفينة شحن تصل' }));
      expect((await t.store.search.query(q('قارب'))).total).toBe(0);
      expect((await t.store.search.query(q('سفينة'))).hits.map((h) => h.id)).toEqual([a.id]);
      await t.store.articles.delete(a.id);
      expect((await t.store.search.query(q('سفينة'))).total).toBe(0);
      expect((await t.store.search.words('سفين', 5)).length).toBe(0);
    });

    it('keeps a word list for suggestions and rebuilds the index', async () => {
      expect((await t.store.search.words('المين', 5)).map((w) => w.word)).toContain('الميناء');
      const before = await t.store.search.query(q('الميناء'));
      let progress = 0;
      const n = await t.store.search.rebuild((done) => (progress = done), 2);
      expect(n).toBe(await t.store.articles.count());
      expect(progress).toBe(n);
      const after = await t.store.search.query(q('الميناء'));
      expect(after.hits.map((h) => h.id)).toEqual(before.hits.map((h) => h.id));
      after.hits.forEach((h, i) => expect(h.score).toBeCloseTo(before.hits[i]!.score, 9));
      expect(await t.store.search.count()).toBe(n);
    });
  });
}

describe.runIf(STORES.length > 1)('SQLite and PostgreSQL agree', () => {
  const stores: TestStore[] = [];
  beforeAll(async () => {
    for (const s of STORES) {
      const t = await s.open({ indexer });
      await fill(t);
      // Some bulk so that idf differs between terms.
      for (let i = 0; i < 12; i++) {
        await t.store.articles.create(buildArticle({ headline: `تقرير رقم ${i} عن الميناء والمكتبة`, body: [{ type: 'paragraph', text: i % 2 ? 'عمال الميناء يعودون' : 'قراء المكتبة يزدادون في المدينة' }] }));
      }
      stores.push(t);
    }
  });
  afterAll(async () => Promise.all(stores.map((t) => t.dispose())));

  for (const text of ['الميناء', 'عمال الميناء', 'المكتبة الجديدة في المدينة', 'أمطار السهل']) {
    it(`ranks «${text}» the same way`, async () => {
      const [a, b] = await Promise.all(stores.map((t) => t.store.search.query(q(text, { limit: 20 }))));
      expect(b!.total).toBe(a!.total);
      expect(b!.hits.map((h) => h.id)).toEqual(a!.hits.map((h) => h.id));
      a!.hits.forEach((h, i) => expect(b!.hits[i]!.score).toBeCloseTo(h.score, 9));
    });
  }
});
