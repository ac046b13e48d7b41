import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMidadError } from '../../src/article/index.js';
import { buildArticle } from '../support/factories.js';
import { STORES, type TestStore } from '../support/stores.js';

for (const { name, open } of STORES) {
  describe(`article store on ${name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await open({ clock: () => new Date('2026-11-29T10:00:00Z') });
    });
    afterEach(async () => t.dispose());

    it('creates and reads back every field', async () => {
      const input = buildArticle({ id: 'ext-1', kicker: 'تحليل إخباري', hasVideo: true });
      const a = await t.store.articles.create(input);
      expect(a.id).toBeGreaterThan(0);
      const got = await t.store.articles.get(a.id);
      expect(got).toMatchObject({
        externalId: 'ext-1',
        headline: input.headline,
        deck: input.deck,
        kicker: 'تحليل إخباري',
        section: { name: 'ثقافة', slug: 'ثقافة' },
        tags: ['مكتبات', 'مدن'],
        leadImage: input.leadImage,
        byline: input.byline,
        hasVideo: true,
        body: input.body,
        status: 'published',
        publishedAt: '2026-11-20T09:00:00.000Z',
        createdAt: '2026-11-29T10:00:00.000Z',
      });
      expect(got!.authors.map((x) => x.name)).toEqual(['ليلى سمعان']);
    });

    it('derives a readable Arabic slug and keeps slugs unique', async () => {
      const a = await t.store.articles.create(buildArticle({ headline: 'الأمطار تعود إلى «السهل» الشمالي' }));
      const b = await t.store.articles.create(buildArticle({ headline: 'الأمطار تعود إلى السهل الشمالي' }));
      expect(a.slug).toBe('الأمطار-تعود-إلى-السهل-الشمالي');
      expect(b.slug).toBe('الأمطار-تعود-إلى-السهل-الشمالي-2');
    });

    it('keeps the slug when the headline changes, and old slugs resolve to the article', async () => {
      const a = await t.store.articles.create(buildArticle({ headline: 'عنوان أول للخبر' }));
      const same = await t.store.articles.update(a.id, buildArticle({ headline: 'عنوان معدل للخبر' }));
      expect(same.slug).toBe(a.slug);
      const renamed = await t.store.articles.update(a.id, buildArticle({ headline: 'عنوان ثالث' }), { regenerateSlug: true });
      expect(renamed.slug).toBe('عنوان-ثالث');
      const old = await t.store.articles.resolve(a.slug);
      expect(old).toMatchObject({ canonical: false, article: { id: a.id, slug: 'عنوان-ثالث' } });
      expect(await t.store.articles.resolve('عنوان-ثالث')).toMatchObject({ canonical: true });
      expect(await t.store.articles.resolve(String(a.id))).toMatchObject({ canonical: false, article: { id: a.id } });
    });

    it('resolves external ids and refuses a duplicate one', async () => {
      await t.store.articles.create(buildArticle({ id: 'wire-7' }));
      expect((await t.store.articles.resolve('wire-7'))?.article.externalId).toBe('wire-7');
      await expect(t.store.articles.create(buildArticle({ id: 'wire-7' }))).rejects.toSatisfy((e) =>
        isMidadError(e, 'ERR_ARTICLE_EXISTS'),
      );
      expect(await t.store.articles.resolve('no-such-thing')).toBeNull();
    });

    it('refuses an update made from a stale copy', async () => {
      const a = await t.store.articles.create(buildArticle());
      await t.store.articles.update(a.id, buildArticle({ headline: 'تعديل أول' }), { expectedUpdatedAt: a.updatedAt });
      await expect(
        t.store.articles.update(a.id, buildArticle({ headline: 'تعديل ثان' }), { expectedUpdatedAt: a.updatedAt }),
      ).rejects.toSatisfy((e) => isMidadError(e, 'ERR_ARTICLE_CONFLICT'));
    });

    it('lists newest first with filters, totals and pagination', async () => {
      for (let i = 0; i < 5; i++) {
        await t.store.articles.create(
          buildArticle({ section: i % 2 ? 'اقتصاد' : 'ثقافة', publishedAt: `2026-11-0${i + 1}T08:00:00Z` }),
        );
      }
      await t.store.articles.create(buildArticle({ status: 'draft', publishedAt: null }));
      await t.store.articles.create(buildArticle({ publishedAt: '2027-01-01T00:00:00Z' }));
      const page = await t.store.articles.list({ status: 'published', publishedBefore: '2026-11-29T00:00:00Z', limit: 2 });
      expect(page.total).toBe(5);
      expect(page.items.map((x) => x.publishedAt)).toEqual(['2026-11-05T08:00:00.000Z', '2026-11-04T08:00:00.000Z']);
      const economy = (await t.store.directory.sections()).find((s) => s.name === 'اقتصاد')!;
      const econ = await t.store.articles.list({ status: 'published', sectionId: economy.id, limit: 10 });
      expect(econ.total).toBe(2);
      const second = await t.store.articles.list({ status: 'published', publishedBefore: '2026-11-29T00:00:00Z', limit: 2, offset: 4 });
      expect(second.items).toHaveLength(1);
      const author = (await t.store.directory.authors())[0]!;
      expect((await t.store.articles.list({ authorId: author.id, limit: 50 })).total).toBe(7);
      expect((await t.store.articles.list({ tag: 'مدن', limit: 50 })).total).toBe(7);
      const all = await t.store.articles.list({ limit: 50 });
      expect(all.items.at(-1)!.publishedAt).toBeNull(); // drafts without a date sort last on both dialects
    });

    it('keeps pins in order, resolved from any reference', async () => {
      const a = await t.store.articles.create(buildArticle({ id: 'x-a' }));
      const b = await t.store.articles.create(buildArticle());
      const c = await t.store.articles.create(buildArticle({ pins: [b.slug, 'x-a', 'missing'] }));
      expect(c.pins).toEqual([b.id, a.id]);
      expect((await t.store.articles.summaries([a.id, c.id, 999])).map((s) => s.id)).toEqual([a.id, c.id]);
    });

    it('rolls back everything a failed transaction wrote', async () => {
      await expect(
        t.store.transaction(async (s) => {
          await s.articles.create(buildArticle({ id: 'tx-1' }));
          await s.articles.create(buildArticle({ id: 'tx-1' })); // duplicate: fails
        }),
      ).rejects.toThrow();
      expect(await t.store.articles.count()).toBe(0);
      expect(await t.store.directory.sections()).toEqual([]);
    });

    it('stores meta facts with upsert', async () => {
      expect(await t.store.meta.get('demo')).toBeNull();
      await t.store.meta.set('demo', '1');
      await t.store.meta.set('demo', '2');
      expect(await t.store.meta.get('demo')).toBe('2');
    });

    it('deletes an article with its links', async () => {
      const a = await t.store.articles.create(buildArticle());
      await t.store.articles.delete(a.id);
      expect(await t.store.articles.get(a.id)).toBeNull();
      expect(await t.store.articles.resolve(a.slug)).toBeNull();
    });
  });
}
