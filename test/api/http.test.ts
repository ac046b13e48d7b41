import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';
import { API_SITE, seedApiArchive, type ApiFixture } from './fixtures.js';

type Json = Record<string, any>;

describe('the API over HTTP: sections, authors, errors, caching', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let f: ApiFixture;

  beforeAll(async () => {
    t = await openTestSqlite();
    f = await seedApiArchive(t.store);
    app = await buildTestApp(t.store, { siteUrl: API_SITE });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('lists sections and authors and finds each by slug', async () => {
    const sections = (await app.inject('/api/v1/sections')).json() as Json;
    expect(sections.items.map((s: Json) => s.name)).toEqual(['اقتصاد', 'رياضة']);
    const one = await app.inject(`/api/v1/sections/${encodeURIComponent(sections.items[1].slug)}`);
    expect(one.json()).toEqual(sections.items[1]);
    expect(one.json().url).toBe(`${API_SITE}/section/${encodeURIComponent('رياضة')}`);

    const authors = (await app.inject('/api/v1/authors')).json() as Json;
    // The directory's authors, as the site's author pages show them (the draft's author included).
    expect(authors.items.map((a: Json) => a.name).sort()).toEqual(['رامي ناصر', 'سلمى الحداد', 'ليلى سمعان', 'منى الخطيب'].sort());
    const mona = f.public[0]!.authors[0]!;
    expect((await app.inject(`/api/v1/authors/${encodeURIComponent(mona.slug)}`)).json()).toMatchObject({ id: mona.id, name: mona.name });

    const missing = await app.inject('/api/v1/sections/no-such');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'ERR_SECTION_NOT_FOUND', message: 'القسم غير موجود', field: 'slug' } });
    expect((await app.inject('/api/v1/authors/no-such')).json().error.code).toBe('ERR_AUTHOR_NOT_FOUND');
  });

  it('unknown API paths answer 404 JSON, not the reader site page; the site keeps its HTML 404', async () => {
    for (const path of ['/api/v1/nothing', '/api/v1', '/api', '/api/v2/articles']) {
      const res = await app.inject(path);
      expect(res.statusCode, path).toBe(404);
      expect(res.headers['content-type'], path).toBe('application/json; charset=utf-8');
      expect(res.json(), path).toEqual({ error: { code: 'ERR_NOT_FOUND', message: expect.any(String), field: null } });
    }
    const page = await app.inject('/no/such/page');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('sends ETag and Cache-Control, and answers If-None-Match and If-Modified-Since with 304', async () => {
    const list = await app.inject('/api/v1/articles');
    expect(list.headers['cache-control']).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=300');
    const etag = list.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const again = await app.inject({ url: '/api/v1/articles', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['cache-control']).toContain('public');

    const one = await app.inject(`/api/v1/articles/${f.public[0]!.id}`);
    const since = one.headers['last-modified'] as string;
    expect((await app.inject({ url: `/api/v1/articles/${f.public[0]!.id}`, headers: { 'if-modified-since': since } })).statusCode).toBe(304);
    expect((await app.inject('/api/v1/sections')).headers['cache-control']).toContain('s-maxage');
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/api/v1/sections' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
  });

  it('sends no CORS headers by default', async () => {
    const res = await app.inject({ url: '/api/v1/sections', headers: { origin: 'https://elsewhere.example' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('API CORS from the allow-list', () => {
  let t: TestStore;

  beforeAll(async () => {
    t = await openTestSqlite();
  });
  afterAll(async () => t.dispose());

  it('allows listed origins only, varies on Origin and answers preflights', async () => {
    const app = await buildTestApp(t.store, { apiCorsOrigins: ['https://app.example'] });
    try {
      const ok = await app.inject({ url: '/api/v1/sections', headers: { origin: 'https://app.example' } });
      expect(ok.headers['access-control-allow-origin']).toBe('https://app.example');
      expect(ok.headers['access-control-expose-headers']).toContain('ETag');
      expect(ok.headers.vary).toContain('Origin');
      const other = await app.inject({ url: '/api/v1/sections', headers: { origin: 'https://evil.example' } });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();

      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/api/v1/articles',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example');
      expect(preflight.headers['access-control-allow-methods']).toContain('GET');
      expect(preflight.headers['access-control-max-age']).toBe('600');
      // Reader pages are not part of the API and get no CORS headers.
      expect((await app.inject({ url: '/', headers: { origin: 'https://app.example' } })).headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('"*" allows any origin', async () => {
    const app = await buildTestApp(t.store, { apiCorsOrigins: ['*'] });
    try {
      const res = await app.inject({ url: '/api/v1/authors', headers: { origin: 'https://any.example' } });
      expect(res.headers['access-control-allow-origin']).toBe('*');
    } finally {
      await app.close();
    }
  });
});

describe('API rate limit', () => {
  it('answers 429 in the error shape with Retry-After past the limit, and leaves pages alone', async () => {
    const t = await openTestSqlite();
    const app = await buildTestApp(t.store, { apiRateLimit: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await app.inject('/api/v1/sections');
        expect(res.statusCode).toBe(200);
        expect(res.headers['x-ratelimit-limit']).toBe('3');
      }
      const limited = await app.inject('/api/v1/sections');
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toEqual({ error: { code: 'ERR_RATE_LIMITED', message: expect.any(String), field: null } });
      expect(limited.headers['retry-after']).toBeDefined();
      expect(limited.headers['cache-control']).toBe('no-store');
      // Another client (by forwarded address, behind the trusted proxy) has its own count.
      expect((await app.inject({ url: '/api/v1/sections', headers: { 'x-forwarded-for': '203.0.113.9' } })).statusCode).toBe(200);
      expect((await app.inject('/')).statusCode).toBe(200);
    } finally {
      await app.close();
      await t.dispose();
    }
  });
});
