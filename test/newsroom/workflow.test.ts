import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewsroomContext } from '../../src/newsroom/context.js';
import { createDraft } from '../../src/newsroom/drafts/save.js';
import { DraftFieldsSchema } from '../../src/newsroom/drafts/fields.js';
import { transitionArticle } from '../../src/newsroom/workflow/transition.js';
import { publishDueArticles } from '../../src/newsroom/workflow/scheduler.js';
import type { User } from '../../src/store/newsroom/index.js';
import { STORES, type TestStore } from '../support/stores.js';
import { buildNewsroomApp, makeUser, TestClock, testContext } from './support.js';

const fields = DraftFieldsSchema.parse({
  headline: 'موسم الزيتون يبدأ مبكراً في القرى الجبلية',
  section: 'زراعة',
  body: [{ type: 'paragraph', text: 'بدأ المزارعون قطف الزيتون قبل موعده المعتاد بأسبوعين.' }],
});

for (const { name, open } of STORES) {
  describe(`scheduled publishing on ${name}`, () => {
    let t: TestStore;
    let clock: TestClock;
    let ctx: NewsroomContext;
    let editor: User;

    beforeEach(async () => {
      t = await open();
      clock = new TestClock();
      ctx = testContext(t.store, clock);
      editor = await makeUser(ctx, 'editor');
    });
    afterEach(async () => t.dispose());

    /** A draft scheduled `minutes` from now. */
    async function scheduled(minutes: number): Promise<number> {
      const a = await createDraft(ctx, editor, fields, { kind: 'save' });
      const at = new Date(clock.now().getTime() + minutes * 60_000).toISOString();
      await transitionArticle(ctx, editor, a.id, { name: 'schedule', expectedUpdatedAt: a.updatedAt, scheduledFor: at });
      return a.id;
    }

    it('publishes when the time comes, not before, recording the system as the actor', async () => {
      const id = await scheduled(30);
      expect(await publishDueArticles(ctx)).toEqual([]);
      clock.advance(29 * 60_000);
      expect(await publishDueArticles(ctx)).toEqual([]);
      expect((await t.store.articles.get(id))!.status).toBe('scheduled');
      clock.advance(60_000);
      expect(await publishDueArticles(ctx)).toEqual([id]);
      const a = (await t.store.articles.get(id))!;
      expect(a.status).toBe('published');
      expect(a.publishedAt).toBe('2026-11-29T12:30:00.000Z');
      // No "updated" line for an unchanged story: updatedAt is its publish time.
      expect(a.updatedAt).toBe(a.publishedAt);
      const events = await t.store.newsroom.workflow.events(id);
      expect(events.at(-1)).toMatchObject({ from: 'scheduled', to: 'published', userId: null, scheduledFor: '2026-11-29T12:30:00.000Z' });
      expect(await publishDueArticles(ctx)).toEqual([]);
    });

    it('several processes publishing at once publish each article exactly once', async () => {
      const ids = [await scheduled(5), await scheduled(6), await scheduled(7)];
      clock.advance(10 * 60_000);
      const results = await Promise.all([publishDueArticles(ctx), publishDueArticles(ctx), publishDueArticles(ctx)]);
      expect(results.flat().sort((a, b) => a - b)).toEqual(ids);
      for (const id of ids) {
        const events = (await t.store.newsroom.workflow.events(id)).filter((e) => e.to === 'published');
        expect(events).toHaveLength(1);
      }
    });

    it('articles that fell due while the server was down go out when it starts', async () => {
      const id = await scheduled(60);
      // The server is down past the publish time; a new one starts.
      clock.advance(3 * 3600_000);
      const { app, close } = await buildNewsroomApp(t.store, clock);
      try {
        await app.ready();
        expect((await t.store.articles.get(id))!.status).toBe('published');
        const home = await app.inject('/');
        expect(home.body).toContain(fields.headline);
      } finally {
        await close();
      }
    });

    it('the server\'s timer publishes without a restart', async () => {
      const id = await scheduled(1);
      const { app, close } = await buildNewsroomApp(t.store, clock, { schedulerIntervalMs: 25 });
      try {
        await app.ready();
        expect((await t.store.articles.get(id))!.status).toBe('scheduled');
        clock.advance(2 * 60_000);
        await new Promise((r) => setTimeout(r, 300));
        expect((await t.store.articles.get(id))!.status).toBe('published');
      } finally {
        await close();
      }
    });

    it('an unscheduled article is not published', async () => {
      const id = await scheduled(5);
      const a = (await t.store.articles.get(id))!;
      await transitionArticle(ctx, editor, id, { name: 'return', expectedUpdatedAt: a.updatedAt });
      clock.advance(10 * 60_000);
      expect(await publishDueArticles(ctx)).toEqual([]);
      expect((await t.store.articles.get(id))!).toMatchObject({ status: 'draft', publishedAt: null });
    });
  });
}
