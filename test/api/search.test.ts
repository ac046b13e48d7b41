import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { createIndexer } from '../../src/search/indexer.js';
import { buildTestApp } from '../support/site.js';
import { STORES, type TestStore } from '../support/stores.js';
import { API_SITE, seedApiArchive, type ApiFixture } from './fixtures.js';

type Json = Record<string, any>;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;
const analyzer = createAnalyzer();
const enc = encodeURIComponent;

for (const { name, open } of STORES) {
  describe(`GET /api/v1/search on ${name}`, () => {
    let t: TestStore;
    let app: FastifyInstance;
    let f: ApiFixture;
    let validatePage: (body: unknown) => boolean;

    beforeAll(async () => {
      t = await open({ indexer: createIndexer(() => analyzer) });
      f = await seedApiArchive(t.store);
      app = await buildTestApp(t.store, { siteUrl: API_SITE, apiRateLimit: 10_000 });
      const doc = (await app.inject('/api/v1/openapi.json')).json() as OpenAPIV3_1.Document;
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats(ajv);
      const schema = (doc.paths!['/api/v1/search']!.get!.responses!['200'] as OpenAPIV3_1.ResponseObject).content!['application/json']!.schema;
      validatePage = ajv.compile(JSON.parse(JSON.stringify({ ...(schema as object), $defs: doc.components?.schemas ?? {} }).replaceAll('#/components/schemas/', '#/$defs/')));
    });
    afterAll(async () => {
      await app.close();
      await t.dispose();
    });

    const get = async (query: string) => {
      const res = await app.inject(`/api/v1/search?${query}`);
      return { res, body: res.json() as Json };
    };
    const ids = (body: Json) => body.items.map((h: Json) => h.article.id as number);
    // A word of the factory's body, which the wire story replaces: six public articles, a draft and a scheduled one.
    const library = enc('الترميم');

    it('finds a word through its article and clitics, and marks the words as written', async () => {
      const { res, body } = await get(`q=${enc('مصرف')}`);
      expect(res.statusCode).toBe(200);
      expect(validatePage(body)).toBe(true);
      expect(ids(body)).toEqual([f.public.find((a) => a.externalId === 'wire-2026-0001')!.id]);
      expect(body.items[0].headline).toContainEqual({ text: 'المصرف', hit: true });
      expect(body.items[0].snippet.filter((s: Json) => s.hit).map((s: Json) => s.text)).toContain('المصرف');
      expect(body.items[0].article.url).toMatch(/^https:\/\/midad\.example\//);
      expect(body.query).toMatchObject({ words: 'مصرف', phrases: [], excluded: [] });
      expect(body).toMatchObject({ total: 1, relaxed: false, nextCursor: null });
    });

    it('shows only what readers may see: no drafts, nothing scheduled', async () => {
      const { body } = await get(`q=${library}&limit=50`);
      expect(new Set(ids(body))).toEqual(new Set(f.public.filter((a) => a.externalId !== 'wire-2026-0001').map((a) => a.id)));
      expect(ids(body)).not.toContain(f.draft.id);
      expect(ids(body)).not.toContain(f.scheduled.id);
    });

    it('filters by section, author and date range', async () => {
      const economy = f.public.find((a) => a.headline.startsWith('أسواق'))!;
      const sports = f.public.filter((a) => a.headline.startsWith('نتائج')).map((a) => a.id);
      expect(ids((await get(`q=${library}&section=${enc(economy.section!.slug)}`)).body)).toEqual([economy.id]);
      const rami = f.public.find((a) => a.headline.startsWith('نتائج'))!.authors[0]!.slug;
      expect(new Set(ids((await get(`q=${library}&author=${enc(rami)}`)).body))).toEqual(new Set(sports));
      expect(ids((await get(`q=${library}&from=2026-11-20`)).body)).toEqual([economy.id]);
      expect(new Set(ids((await get(`q=${library}&to=2026-11-16`)).body))).toEqual(new Set(sports));
      // `to` is exclusive: the sports stories were published at 18:00 that day.
      expect((await get(`q=${library}&to=${enc('2026-11-15T18:00:00Z')}`)).body.total).toBe(0);
    });

    it('sorts by date when asked', async () => {
      const { body } = await get(`q=${library}&sort=newest&limit=50`);
      const dates = body.items.map((h: Json) => h.article.publishedAt as string);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(body.items[0].article.headline).toMatch(/^أسواق/);
    });

    it('reads phrases and exclusions with the search box syntax', async () => {
      const excluded = await get(`q=${enc('الترميم -الجولة')}`);
      expect(excluded.body.query.excluded).toEqual(['الجولة']);
      expect(excluded.body.items.map((h: Json) => h.article.headline)).toEqual(['أسواق الخليج تغلق على ارتفاع']);
      const phrase = await get(`q=${enc('«نتائج الجولة»')}&limit=50`);
      expect(phrase.body.query.phrases).toEqual(['نتائج الجولة']);
      expect(phrase.body.total).toBe(5);
      expect((await get(`q=${enc('"الجولة نتائج"')}`)).body.items.filter((h: Json) => !phrase.body.items.some((p: Json) => p.article.id === h.article.id))).toEqual([]);
    });

    it('pages with an opaque cursor and a Link header, each result once', async () => {
      const seen: number[] = [];
      let query: string | null = `q=${library}&limit=2`;
      let pages = 0;
      while (query) {
        const { res, body } = await get(query);
        expect(res.statusCode).toBe(200);
        expect(validatePage(body)).toBe(true);
        seen.push(...ids(body));
        pages += 1;
        if (body.nextCursor) {
          expect(res.headers.link).toBe(`<${API_SITE}/api/v1/search?q=${library}&limit=2&cursor=${body.nextCursor}>; rel="next"`);
          query = `q=${library}&limit=2&cursor=${body.nextCursor}`;
        } else query = null;
      }
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(6);
    });

    it('answers coded errors: empty or huge queries name q, unknown filters are 404s, bad cursors 400', async () => {
      for (const q of ['', enc('   '), enc('ك'.repeat(1001))]) {
        const { res, body } = await get(`q=${q}`);
        expect(res.statusCode, q.slice(0, 20)).toBe(400);
        expect(body.error).toMatchObject({ code: 'ERR_INVALID_PARAMETER', field: 'q' });
        expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
      }
      expect((await get('')).body.error.field).toBe('q');
      expect((await get(`q=${library}&section=no-such`)).body.error).toMatchObject({ code: 'ERR_SECTION_NOT_FOUND', field: 'section' });
      expect((await get(`q=${library}&author=no-such`)).body.error).toMatchObject({ code: 'ERR_AUTHOR_NOT_FOUND', field: 'author' });
      expect((await get(`q=${library}&cursor=bogus`)).body.error).toMatchObject({ code: 'ERR_INVALID_PARAMETER', field: 'cursor' });
      expect((await get(`q=${library}&limit=500`)).body.error).toMatchObject({ code: 'ERR_INVALID_PARAMETER', field: 'limit' });
      expect((await get(`q=${library}&sort=oldest`)).res.statusCode).toBe(400);
    });

    it('treats hostile text as words, never as syntax', async () => {
      for (const q of [`المصرف" OR 1=1; DROP TABLE articles; --`, 'NEAR(المصرف الفائدة) AND *', 'المصرف\u0000\u202E {headline}: ^']) {
        const { res, body } = await get(`q=${enc(q)}`);
        expect(res.statusCode, q).toBe(200);
        expect(validatePage(body)).toBe(true);
      }
      expect((await get(`q=${library}`)).body.total).toBe(6);
    });

    it('retries relaxed and suggests a spelling when nothing matches as typed', async () => {
      const { res, body } = await get(`q=${enc('المكتبه الجديدةز')}`);
      expect(res.statusCode).toBe(200);
      expect(validatePage(body)).toBe(true);
      const typo = await get(`q=${enc('المصرفف')}`);
      expect(typo.body.total).toBe(typo.body.relaxed ? typo.body.items.length : 0);
      expect(typo.body.suggestion).toBe('المصرف');
    });
  });
}
