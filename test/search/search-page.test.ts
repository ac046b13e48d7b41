import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { createIndexer } from '../../src/search/indexer.js';
import { buildApp } from '../../src/site/app.js';
import { buildArticle } from '../support/factories.js';
import { count, TEST_NOW } from '../support/site.js';
import { STORES, type TestStore } from '../support/stores.js';

const analyzer = createAnalyzer();
const enc = encodeURIComponent;

for (const { name, open } of STORES) {
  describe(`the search form's filters on ${name}`, () => {
    let t: TestStore;
    let app: FastifyInstance;
    let rania = '';
    let omar = '';

    beforeAll(async () => {
      t = await open({ indexer: createIndexer(() => analyzer) });
      const story = (headline: string, author: string, section: string, publishedAt: string) =>
        t.store.articles.create(buildArticle({ headline, section, byline: { authors: [author], source: null, dateline: null }, publishedAt }));
      await story('موسم الزيتون يبدأ في القرى الجبلية', 'رانية عيسى', 'اقتصاد', '2026-11-02T08:00:00Z');
      await story('أسعار زيت الزيتون ترتفع مع قلة المطر', 'عمر حداد', 'اقتصاد', '2026-11-12T08:00:00Z');
      await story('مهرجان الزيتون يعود إلى الساحة القديمة', 'رانية عيسى', 'ثقافة', '2026-11-22T08:00:00Z');
      const authors = await t.store.directory.authors();
      rania = authors.find((a) => a.name === 'رانية عيسى')!.slug;
      omar = authors.find((a) => a.name === 'عمر حداد')!.slug;
      app = await buildApp({ store: t.store, analyzer: () => analyzer, now: () => TEST_NOW });
    });
    afterAll(async () => {
      await app.close();
      await t.dispose();
    });

    const results = (html: string) => count(html, /<li class="search-result">/);
    const page = async (query: string) => {
      const res = await app.inject(`/search?q=${enc('الزيتون')}&${query}`);
      expect(res.statusCode).toBe(200);
      return res.body;
    };

    it('offers every filter the issue names: section, author, date range, sort (and where to look)', async () => {
      const html = await page('');
      for (const field of ['section', 'author', 'from', 'to', 'sort', 'in']) expect(html).toContain(`name="${field}"`);
      expect(html).toContain(`<option value="${rania}">رانية عيسى</option>`);
      expect(html).toContain(`<option value="${omar}">عمر حداد</option>`);
      expect(results(html)).toBe(3);
    });

    it('filters by author, keeps the choice selected and opens the options', async () => {
      const html = await page(`author=${enc(rania)}`);
      expect(results(html)).toBe(2);
      expect(html).not.toContain('أسعار زيت الزيتون');
      expect(html).toContain(`<option value="${rania}" selected>رانية عيسى</option>`);
      expect(html).toMatch(/<details class="search-form__more" open/);
    });

    it('combines the author with section and dates, and carries it to the next page', async () => {
      expect(results(await page(`author=${enc(rania)}&section=${enc('ثقافة')}`))).toBe(1);
      expect(results(await page(`author=${enc(rania)}&from=2026-11-10&to=2026-11-30`))).toBe(1);
      expect(results(await page(`author=${enc(rania)}&to=2026-11-02`))).toBe(1);
      const newest = await page(`author=${enc(rania)}&sort=newest`);
      expect(newest.indexOf('مهرجان')).toBeGreaterThan(0);
      expect(newest.indexOf('مهرجان')).toBeLessThan(newest.indexOf('موسم'));
      // Links the page builds (here the "did you mean" one) keep the author.
      const typo = await app.inject(`/search?q=${enc('الزيتوون')}&author=${enc(rania)}`);
      expect(typo.body).toContain('هل تقصد');
      expect(typo.body).toMatch(new RegExp(`href="/search\\?q=[^"]*&amp;author=${enc(rania)}"`));
    });

    it('ignores an unknown author instead of failing', async () => {
      expect(results(await page('author=no-such-writer'))).toBe(3);
    });
  });
}
