import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePath } from '../../src/site/urls.js';
import { buildTestApp } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';
import { API_SITE, seedApiArchive, wireStory, type ApiFixture } from './fixtures.js';

type Json = Record<string, any>;

describe('GET /api/v1/articles', () => {
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

  const get = async (url: string) => {
    const res = await app.inject(url);
    return { res, body: res.json() as Json };
  };

  it('lists public articles newest first, hiding drafts and scheduled stories', async () => {
    const { res, body } = await get('/api/v1/articles');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(body.items.map((a: Json) => a.id)).toEqual(f.public.map((a) => a.id));
    expect(body.nextCursor).toBeNull();
    expect(res.headers.link).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain('مسودة سرية');
    expect(JSON.stringify(body)).not.toContain('خبر الغد');
  });

  it('walks every page with the cursor, each article once, even across ties on the same instant', async () => {
    const seen: number[] = [];
    let url: string | null = '/api/v1/articles?limit=2';
    let pages = 0;
    while (url) {
      const { res, body } = await get(url);
      expect(res.statusCode).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((a: Json) => a.id));
      pages += 1;
      if (body.nextCursor) {
        // The Link header names the same next page, with the other parameters kept.
        expect(res.headers.link).toBe(`<${API_SITE}/api/v1/articles?limit=2&cursor=${body.nextCursor}>; rel="next"`);
        url = `/api/v1/articles?limit=2&cursor=${body.nextCursor}`;
      } else url = null;
    }
    expect(seen).toEqual(f.public.map((a) => a.id));
    expect(pages).toBe(4);
  });

  it('filters by section, author, tag and publication dates', async () => {
    const ids = async (query: string) => (await get(`/api/v1/articles?${query}`)).body.items.map((a: Json) => a.id);
    const byId = (pred: (a: ApiFixture['public'][number]) => boolean) => f.public.filter(pred).map((a) => a.id);
    expect(await ids(`section=${encodeURIComponent('رياضة')}`)).toEqual(byId((a) => a.section?.name === 'رياضة'));
    const mona = f.public[0]!.authors[0]!;
    expect(await ids(`author=${encodeURIComponent(mona.slug)}`)).toEqual(byId((a) => a.authors.some((p) => p.id === mona.id)));
    expect(await ids(`tag=${encodeURIComponent('مصارف')}`)).toEqual(byId((a) => a.tags.includes('مصارف')));
    expect(await ids('from=2026-11-15&to=2026-11-16')).toEqual(byId((a) => a.publishedAt!.startsWith('2026-11-15')));
    expect(await ids('from=2026-11-15T18:00:00Z')).toEqual(byId((a) => a.publishedAt! >= '2026-11-15T18:00:00.000Z'));
    // `to` is exclusive.
    expect(await ids('to=2026-11-15T18:00:00Z')).toEqual(byId((a) => a.publishedAt! < '2026-11-15T18:00:00.000Z'));
    expect(await ids(`section=${encodeURIComponent('اقتصاد')}&to=${encodeURIComponent('2026-11-11T00:00:00+02:00')}`)).toEqual([f.public.at(-1)!.id]);
  });

  it('cursor pages keep the filters', async () => {
    const sport = encodeURIComponent('رياضة');
    const first = (await get(`/api/v1/articles?section=${sport}&limit=3`)).body;
    const second = (await get(`/api/v1/articles?section=${sport}&limit=3&cursor=${first.nextCursor}`)).body;
    expect([...first.items, ...second.items].map((a: Json) => a.section.name)).toEqual(Array(5).fill('رياضة'));
    expect(second.nextCursor).toBeNull();
  });

  it('answers 400 naming the field for bad parameters, 404 naming it for unknown sections and authors', async () => {
    const cases: Array<[string, number, string, string]> = [
      ['limit=0', 400, 'ERR_INVALID_PARAMETER', 'limit'],
      ['limit=101', 400, 'ERR_INVALID_PARAMETER', 'limit'],
      ['limit=abc', 400, 'ERR_INVALID_PARAMETER', 'limit'],
      ['from=yesterday', 400, 'ERR_INVALID_PARAMETER', 'from'],
      ['to=2026-13-01', 400, 'ERR_INVALID_PARAMETER', 'to'],
      ['cursor=not-a-cursor', 400, 'ERR_INVALID_PARAMETER', 'cursor'],
      [`cursor=${Buffer.from('["2026-11-15T18:00:00.000Z",-1]').toString('base64url')}`, 400, 'ERR_INVALID_PARAMETER', 'cursor'],
      ['section=no-such-section', 404, 'ERR_SECTION_NOT_FOUND', 'section'],
      ['author=no-such-author', 404, 'ERR_AUTHOR_NOT_FOUND', 'author'],
    ];
    for (const [query, status, code, field] of cases) {
      const { res, body } = await get(`/api/v1/articles?${query}`);
      expect(res.statusCode, query).toBe(status);
      expect(body, query).toEqual({ error: { code, message: expect.any(String), field } });
      expect(res.headers['cache-control'], query).toBe('no-store');
    }
  });

  it('list items carry the summary fields with absolute URLs and nothing internal', async () => {
    const item = (await get('/api/v1/articles')).body.items.at(-1) as Json;
    const a = f.public.at(-1)!;
    expect(Object.keys(item).sort()).toEqual(
      ['authors', 'byline', 'deck', 'demo', 'externalId', 'hasVideo', 'headline', 'id', 'kicker', 'leadImage', 'publishedAt', 'section', 'slug', 'teaser', 'updatedAt', 'url'].sort(),
    );
    expect(item.url).toBe(API_SITE + articlePath(a));
    expect(item.externalId).toBe('wire-2026-0001');
    expect(item.leadImage.src).toBe(`${API_SITE}/media/test.svg`);
    expect(item.section).toEqual({ id: a.section!.id, slug: a.section!.slug, name: 'اقتصاد', url: `${API_SITE}/section/${encodeURIComponent(a.section!.slug)}` });
    expect(item.authors[0]).toMatchObject({ name: 'منى الخطيب', url: expect.stringMatching(new RegExp(`^${API_SITE}/author/`)) });
  });
});

describe('GET /api/v1/articles/{ref}', () => {
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

  it('finds an article by our id, its external id, its slug and an old slug', async () => {
    const a = f.public.at(-1)!;
    const renamed = await t.store.articles.update(a.id, wireStory({ headline: 'المصرف المركزي يبقي الفائدة' }), { regenerateSlug: true });
    expect(renamed.slug).not.toBe(a.slug);
    for (const ref of [String(a.id), 'wire-2026-0001', renamed.slug, a.slug]) {
      const res = await app.inject(`/api/v1/articles/${encodeURIComponent(ref)}`);
      expect(res.statusCode, ref).toBe(200);
      expect(res.json().id, ref).toBe(a.id);
      expect(res.json().slug, ref).toBe(renamed.slug);
    }
  });

  it('returns the whole article: tags and body with absolute media URLs, and nothing internal', async () => {
    const a = f.public.at(-1)!;
    const res = await app.inject(`/api/v1/articles/${a.id}`);
    const body = res.json() as Json;
    expect(body.tags).toEqual(['مصارف', 'فائدة']);
    expect(body.body[0]).toEqual({ type: 'paragraph', text: 'قرر المصرف المركزي الإبقاء على أسعار الفائدة دون تغيير.' });
    expect(body.body[1]).toMatchObject({ type: 'image', src: `${API_SITE}/media/photos/bank.jpg`, credit: 'رويترز' });
    expect(body.body[2]).toMatchObject({ type: 'video', src: `${API_SITE}/media/video/briefing.mp4` });
    for (const hidden of ['status', 'pins', 'related', 'createdAt']) expect(body, hidden).not.toHaveProperty(hidden);
    expect(res.headers['last-modified']).toBeDefined();
  });

  it('answers 404 JSON for drafts, scheduled stories and unknown references', async () => {
    for (const ref of [String(f.draft.id), f.scheduled.slug, '999999', 'no-such-slug']) {
      const res = await app.inject(`/api/v1/articles/${encodeURIComponent(ref)}`);
      expect(res.statusCode, ref).toBe(404);
      expect(res.json(), ref).toEqual({ error: { code: 'ERR_ARTICLE_NOT_FOUND', message: 'المقال غير موجود', field: 'ref' } });
    }
  });
});
