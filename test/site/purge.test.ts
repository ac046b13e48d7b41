import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageCacheHook } from '../../src/site/cache/invalidation.js';
import { PurgeFollower, webhookPurger, type Purger } from '../../src/site/cache/purge.js';
import { articlePath } from '../../src/site/urls.js';
import { buildArticle } from '../support/factories.js';
import { buildTestApp } from '../support/site.js';
import { STORES, type TestStore } from '../support/stores.js';

/** A purger that records what it was asked, failing the first `failures` calls. */
function recorder(failures = 0): Purger & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async purge(tags) {
      calls.push([...tags]);
      if (calls.length <= failures) throw new Error('CDN unavailable');
    },
  };
}

for (const { name, open } of STORES) {
  describe(`the CDN purge hook on ${name}`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await open({ hooks: [pageCacheHook()] });
    });
    afterAll(async () => {
      await t.dispose();
    });

    it('hands the purger the tags each publish made stale, once, in order', async () => {
      const purger = recorder();
      const follower = new PurgeFollower(t.store.changes, purger, { intervalMs: 50 });
      await follower.start();
      try {
        const a = await t.store.articles.create(buildArticle({ publishedAt: '2026-01-02T08:00:00Z' }));
        await follower.drain();
        expect(purger.calls).toHaveLength(1);
        expect(purger.calls[0]).toEqual(expect.arrayContaining([`article:${a.id}`, 'home', 'all', `section:${a.section!.id}`]));
        // A draft changes no public page: nothing to purge.
        await t.store.articles.create(buildArticle({ status: 'draft', publishedAt: null }));
        await follower.drain();
        expect(purger.calls).toHaveLength(1);
      } finally {
        await follower.stop();
      }
    });

    it('retries a failing purge, then reports it and goes on', async () => {
      const flaky = recorder(2);
      const errors: string[][] = [];
      const follower = new PurgeFollower(t.store.changes, flaky, { intervalMs: 10_000, retryMs: 5, attempts: 3, onError: (_e, tags) => errors.push([...tags]) });
      await follower.start();
      try {
        const input = buildArticle({ publishedAt: '2026-01-03T08:00:00Z' });
        const a = await t.store.articles.create(input);
        await follower.drain();
        expect(flaky.calls).toHaveLength(3);
        expect(errors).toEqual([]);
        const hopeless = recorder(99);
        const giveUp = new PurgeFollower(t.store.changes, hopeless, { intervalMs: 10_000, retryMs: 1, attempts: 2, onError: (_e, tags) => errors.push([...tags]) });
        await giveUp.start();
        await t.store.articles.update(a.id, { ...input, headline: 'عنوان معدّل بعد النشر' });
        await giveUp.drain();
        await giveUp.stop();
        expect(hopeless.calls).toHaveLength(2);
        expect(errors[0]).toContain(`article:${a.id}`);
      } finally {
        await follower.stop();
      }
    });
  });
}

describe('the webhook purger', () => {
  let server: Server;
  let url = '';
  const received: Array<{ auth?: string; body: unknown }> = [];
  let status = 200;
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`;
  });
  afterAll(() => new Promise((ok) => server.close(ok)));

  it('posts the tags as JSON with the bearer token, in batches the CDN accepts', async () => {
    const tags = Array.from({ length: 5 }, (_, i) => `article:${i + 1}`);
    await webhookPurger(url, { token: 's3cret', maxTags: 2 }).purge(tags);
    expect(received.map((r) => r.body)).toEqual([{ tags: ['article:1', 'article:2'] }, { tags: ['article:3', 'article:4'] }, { tags: ['article:5'] }]);
    expect(received.every((r) => r.auth === 'Bearer s3cret')).toBe(true);
  });

  it('treats an answer other than 2xx as a failure', async () => {
    status = 503;
    await expect(webhookPurger(url).purge(['home'])).rejects.toThrow('purge answered 503');
  });
});

describe('cacheable pages name their tags for a CDN', () => {
  it('sends Surrogate-Key and Cache-Tag on an article page, and neither on a newsroom page', async () => {
    const t = await STORES[0]!.open();
    try {
      const a = await t.store.articles.create(buildArticle({ publishedAt: '2026-01-02T08:00:00Z' }));
      const app = await buildTestApp(t.store);
      try {
        const res = await app.inject(articlePath(a));
        expect(res.headers['surrogate-key']).toContain(`article:${a.id}`);
        expect(String(res.headers['surrogate-key']).split(' ')).toContain('nav');
        expect(String(res.headers['cache-tag']).split(',')).toContain(`article:${a.id}`);
        const login = await app.inject('/newsroom/login');
        expect(login.headers['surrogate-key']).toBeUndefined();
      } finally {
        await app.close();
      }
    } finally {
      await t.dispose();
    }
  });
});
