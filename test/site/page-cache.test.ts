import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import type { Article } from '../../src/article/index.js';
import { createIndexer } from '../../src/search/indexer.js';
import { buildApp } from '../../src/site/app.js';
import { changeTags, pageCacheHook } from '../../src/site/cache/invalidation.js';
import { pickEncoding } from '../../src/site/cache/negotiate.js';
import { PageCache, type CacheEntry } from '../../src/site/cache/page-cache.js';
import { etagMatches } from '../../src/site/cache/serve-entry.js';
import { articlePath, sectionPath } from '../../src/site/urls.js';
import { buildArticle } from '../support/factories.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';

const entry = (tags: string[], size = 100): CacheEntry => ({
  status: 200,
  headers: {},
  body: Buffer.alloc(size),
  etag: '"x"',
  lastModified: undefined,
  tags: new Set(tags),
  storedAt: Date.now(),
});

describe('the page cache', () => {
  it('drops exactly the pages a tag names', () => {
    const c = new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 });
    c.set('/a', entry(['article:1', 'home']), c.generation);
    c.set('/b', entry(['article:2']), c.generation);
    expect(c.invalidate(['article:1'])).toBe(1);
    expect(c.get('/a')).toBeUndefined();
    expect(c.get('/b')).toBeDefined();
  });
  it('refuses a page rendered before an invalidation', () => {
    const c = new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 });
    const started = c.generation;
    c.invalidate(['home']);
    expect(c.set('/stale', entry(['home']), started)).toBe(false);
    expect(c.get('/stale')).toBeUndefined();
  });
  it('evicts the least recently used past its byte budget, and expires old entries', () => {
    let now = 0;
    const c = new PageCache({ maxBytes: 3000, maxAgeMs: 1000 }, () => now);
    c.set('/1', entry([], 600), c.generation);
    c.set('/2', entry([], 600), c.generation);
    c.get('/1');
    c.set('/3', entry([], 600), c.generation);
    expect(c.get('/2')).toBeUndefined();
    expect(c.get('/1')).toBeDefined();
    now = 5000;
    expect(c.get('/3')).toBeUndefined();
  });
  it('negotiates encodings and matches entity tags', () => {
    expect(pickEncoding('gzip, deflate, br', { br: true, gzip: true })).toBe('br');
    expect(pickEncoding('br;q=0, gzip', { br: true, gzip: true })).toBe('gzip');
    expect(pickEncoding('gzip', { br: true, gzip: false })).toBe('identity');
    expect(pickEncoding(undefined, { br: true, gzip: true })).toBe('identity');
    expect(etagMatches('W/"x", "y"', '"x"')).toBe(true);
    expect(etagMatches('"z"', '"x"')).toBe(false);
  });
  it('tags a public change with its page, its lists and the archive; a draft touches nothing', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const a = { id: 5, status: 'published', publishedAt: '2026-11-01T00:00:00Z', section: { id: 3 }, authors: [{ id: 7 }] } as unknown as Article;
    expect([...changeTags({ id: 5, before: null, after: a }, now)].sort()).toEqual(['all', 'article:5', 'author:7', 'home', 'section:3']);
    const draft = { ...a, status: 'draft' } as Article;
    expect(changeTags({ id: 5, before: draft, after: draft }, now).size).toBe(0);
    expect(changeTags({ id: 5, before: a, after: draft }, now).has('article:5')).toBe(true);
  });
});

describe('cached pages over HTTP', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let base: string;
  let story: Article;
  let other: Article;
  const analyzer = createAnalyzer();

  beforeAll(async () => {
    t = await openTestSqlite({ indexer: createIndexer(() => analyzer), hooks: [pageCacheHook()] });
    story = await t.store.articles.create(buildArticle({ headline: 'عنوان أول للقصة', section: 'اقتصاد' }));
    other = await t.store.articles.create(buildArticle({ headline: 'قصة أخرى في الثقافة', section: 'ثقافة' }));
    app = await buildApp({ store: t.store, analyzer: () => analyzer });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('renders once, then serves from memory with its headers, compressed variants and 304s', async () => {
    const first = await fetch(base + articlePath(story));
    expect(first.headers.get('x-cache')).toBeNull();
    const html = await first.text();
    const second = await fetch(base + articlePath(story), { headers: { 'accept-encoding': 'identity' } });
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.text()).toBe(html);
    expect(second.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    await new Promise((r) => setTimeout(r, 200)); // background compression
    const br = await fetch(base + articlePath(story), { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toBe(html);
    const notModified = await fetch(base + articlePath(story), { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(notModified.status).toBe(304);
    expect(app.pageCache!.hits).toBeGreaterThanOrEqual(3);
  });

  it('never serves a stale page after a publish returns: the page, home, section and card pages change at once', async () => {
    await fetch(base + '/');
    await fetch(base + sectionPath(story.section!));
    await fetch(base + sectionPath(other.section!));
    await fetch(base + articlePath(story));
    await t.store.articles.update(story.id, buildArticle({ headline: 'عنوان معدل للقصة', section: 'اقتصاد' }));
    for (const path of ['/', sectionPath(story.section!), articlePath(story)]) {
      const res = await fetch(base + path);
      expect(res.headers.get('x-cache'), path).toBeNull();
      expect(await res.text(), path).toContain('عنوان معدل للقصة');
    }
    // A page that does not show the story stays cached.
    expect((await fetch(base + sectionPath(other.section!))).headers.get('x-cache')).toBe('HIT');
  });

  it('never caches the newsroom, previews or anything that sets a cookie', async () => {
    for (let i = 0; i < 2; i++) {
      const login = await fetch(base + '/newsroom/login');
      expect(login.headers.get('x-cache')).toBeNull();
      const redirect = await fetch(base + '/newsroom', { redirect: 'manual' });
      expect(redirect.headers.get('x-cache')).toBeNull();
    }
    for (let i = 0; i < 2; i++) expect((await fetch(base + '/no-such-page')).headers.get('x-cache')).toBeNull();
    expect(await t.store.changes.head()).toBeGreaterThan(0);
  });
});
