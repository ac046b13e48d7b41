import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { parseQuery } from '../../src/search/parse-query.js';
import { createIndexer } from '../../src/search/indexer.js';
import { search } from '../../src/search/service.js';
import { editDistance } from '../../src/search/suggest.js';
import { buildApp } from '../../src/site/app.js';
import { buildArticle } from '../support/factories.js';
import { TEST_NOW } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';

const analyzer = createAnalyzer();

describe('query parsing', () => {
  it('splits phrases, exclusions and words', () => {
    const r = parseQuery('ميناء «عمال الأرصفة» -الأمطار "سفن الشحن" صفاقس');
    expect(r.ok && r.query).toMatchObject({ words: 'ميناء صفاقس', phrases: ['عمال الأرصفة', 'سفن الشحن'], excluded: ['الأمطار'] });
  });
  it('refuses empty and huge queries with a message', () => {
    expect(parseQuery('   ')).toMatchObject({ ok: false, problem: { code: 'empty' } });
    expect(parseQuery('ك'.repeat(1001))).toMatchObject({ ok: false, problem: { code: 'too_long' } });
  });
  it('drops control and bidi-override characters', () => {
    const r = parseQuery('ميناء\u0000\u202Eصفاقس');
    expect(r.ok && r.query.text).toBe('ميناء صفاقس');
  });
  it('measures edits with transpositions', () => {
    expect(editDistance('الميناء', 'المينءا')).toBe(1);
    expect(editDistance('ميناء', 'مينا')).toBe(1);
    expect(editDistance('كتاب', 'قلم', 2)).toBe(3);
  });
});

describe('the search service and page', () => {
  let t: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestSqlite({ indexer: createIndexer(() => analyzer) });
    await t.store.articles.create(
      buildArticle({
        headline: 'إضراب عمال الميناء يدخل يومه الثالث',
        section: 'اقتصاد',
        body: [
          { type: 'paragraph', text: 'قال رئيس النقابة إن المفاوضات متوقفة.' },
          { type: 'paragraph', text: 'وتكدست الحاويات في الميناء التجاري بعد توقف الرافعات عن العمل لليوم الثالث على التوالي.' },
        ],
        publishedAt: '2026-11-20T08:00:00Z',
      }),
    );
    await t.store.articles.create(
      buildArticle({ headline: 'مهرجان للكتاب في الميناء القديم', section: 'ثقافة', publishedAt: '2026-11-25T08:00:00Z' }),
    );
    await t.store.articles.create(buildArticle({ headline: 'مسودة عن الميناء', status: 'draft', publishedAt: null }));
    app = await buildApp({ store: t.store, analyzer: () => analyzer, now: () => TEST_NOW });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('finds published articles, highlights the words as written, and hides drafts', async () => {
    const r = await search(t.store, analyzer, { q: 'الموانئ ميناء', now: TEST_NOW });
    expect(r.total).toBe(2);
    expect(r.hits.map((h) => h.article.headline)).not.toContain('مسودة عن الميناء');
    const port = r.hits.find((h) => h.article.section?.name === 'اقتصاد')!;
    expect(port.headline.filter((s) => s.hit).map((s) => s.text)).toEqual(['الميناء']);
    expect(port.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['الميناء']);
    expect(port.snippet.map((s) => s.text).join('')).toContain('وتكدست الحاويات');
  });

  it('sorts by newest and filters by section and date', async () => {
    const newest = await search(t.store, analyzer, { q: 'الميناء', sort: 'newest', now: TEST_NOW });
    expect(newest.hits[0]!.article.headline).toBe('مهرجان للكتاب في الميناء القديم');
    const sections = await t.store.directory.sections();
    const culture = sections.find((s) => s.name === 'ثقافة')!;
    expect((await search(t.store, analyzer, { q: 'الميناء', sectionId: culture.id, now: TEST_NOW })).total).toBe(1);
    expect((await search(t.store, analyzer, { q: 'الميناء', to: '2026-11-21T00:00:00Z', now: TEST_NOW })).total).toBe(1);
  });

  it('retries relaxed and suggests a spelling when nothing matches', async () => {
    const relaxed = await search(t.store, analyzer, { q: 'الحاو', now: TEST_NOW });
    expect(relaxed.relaxed).toBe(true);
    expect(relaxed.total).toBe(1);
    const typo = await search(t.store, analyzer, { q: 'المنياء', now: TEST_NOW });
    expect(typo.suggestion).toBe('الميناء');
  });

  it('serves the search page with results, and messages instead of error pages', async () => {
    const ok = await app.inject('/search?q=' + encodeURIComponent('عمال الميناء'));
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('<mark>الميناء</mark>');
    expect(ok.body).toContain('<meta name="robots" content="noindex">');
    expect(ok.body).toContain('role="search"');
    for (const q of ['', 'ك'.repeat(5000), '") OR 1=1; DROP TABLE articles; --', 'NEAR(a b) * ^ {body}:', '\u0000\u0007']) {
      const res = await app.inject('/search?q=' + encodeURIComponent(q) + '&page=-3&sort=evil&from=yesterday');
      expect(res.statusCode, q.slice(0, 20)).toBe(200);
    }
    const huge = await app.inject('/search?q=' + encodeURIComponent('ك'.repeat(5000)));
    expect(huge.body).toContain('أطول من 1000 حرف');
    const typo = await app.inject('/search?q=' + encodeURIComponent('المنياء'));
    expect(typo.body).toContain('هل تقصد');
    expect(await t.store.articles.count()).toBe(3);
  });
});
