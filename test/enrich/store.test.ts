import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMidadError } from '../../src/article/index.js';
import { createAnnotator, entityKey } from '../../src/enrich/index.js';
import { FedAnnotator, reannotate } from '../../src/store/annotations/index.js';
import { STORES, type TestStore } from '../support/stores.js';
import { openAnnotated } from './store-support.js';
import { PORT_VISIT, QUIET_DAY, storyArticle, WATER_TALKS } from './stories.js';

const EDITOR = { userId: null };
const NOW = '2026-11-29T12:00:00.000Z';

for (const { name, open } of STORES) {
  describe(`annotations in the ${name} store`, () => {
    let t: TestStore & { annotator: FedAnnotator };
    beforeEach(async () => {
      t = await openAnnotated(open, { clock: () => new Date('2026-11-29T10:00:00Z') });
    });
    afterEach(async () => t.dispose());

    const person = async (articleId: number, who: string) => (await t.store.annotations.ofArticle(articleId)).entities.find((e) => e.name === who);

    it('annotates an article in its write, with blocks and offsets into the stored text', async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS));
      const got = await t.store.annotations.ofArticle(a.id);
      expect(got.version).toBe(t.annotator.version);
      const mansour = got.entities.find((e) => e.name === 'كريم منصور')!;
      expect(mansour).toMatchObject({ kind: 'person', role: 'وزير الخارجية المصري' });
      for (const m of mansour.mentions) expect((a.body[m.block] as { text: string }).text.slice(m.start, m.end)).toBe(m.text);
      expect(got.entities.map((e) => [e.kind, e.name])).toEqual(
        expect.arrayContaining([
          ['place', 'القاهرة'],
          ['organization', 'الأمم المتحدة'],
          ['person', 'ليلى حداد'],
        ]),
      );
      expect(got.quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
        ['كريم منصور', 'سنعمل مع الأمم المتحدة على حل الأزمة قريبا جدا'],
        ['كريم منصور', 'الوقت لا ينتظر أحدا'],
        ['ليلى حداد', 'الوضع الصحي في غزة يزداد سوءا كل يوم'],
      ]);
    });

    it('recomputes the annotations when the article changes, and drops them when it goes', async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS));
      await t.store.articles.update(a.id, storyArticle(QUIET_DAY));
      const after = await t.store.annotations.ofArticle(a.id);
      expect(after.entities.filter((e) => e.kind === 'person')).toEqual([]);
      expect(after.quotes).toEqual([]);
      await t.store.articles.update(a.id, storyArticle(PORT_VISIT));
      expect((await person(a.id, 'كريم منصور'))?.mentions.length).toBe(2);
      await t.store.articles.delete(a.id);
      expect((await t.store.annotations.ofArticle(a.id)).entities).toEqual([]);
    });

    it('shares an entity across articles: one row, every article and quotation listed', async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS, { publishedAt: '2026-11-20T09:00:00Z' }));
      const b = await t.store.articles.create(storyArticle(PORT_VISIT, { publishedAt: '2026-11-22T09:00:00Z' }));
      const inA = (await person(a.id, 'كريم منصور'))!;
      const inB = (await person(b.id, 'كريم منصور'))!;
      expect(inB.id).toBe(inA.id);
      expect(await t.store.annotations.articles(inA.id, { limit: 10, publishedBefore: NOW })).toEqual({ ids: [b.id, a.id], total: 2 });
      const quotes = await t.store.annotations.quotesBy(inA.id, { limit: 10, publishedBefore: NOW });
      expect(quotes.total).toBe(3);
      expect(quotes.items[0]!.article).toMatchObject({ id: b.id, publishedAt: '2026-11-22T09:00:00.000Z' });
      expect(await t.store.annotations.roles(inA.id, { publishedBefore: NOW })).toEqual([{ role: 'وزير الخارجية المصري', articles: 2 }]);
      const people = await t.store.annotations.list({ kind: 'person', limit: 10, publishedBefore: NOW });
      expect(people.items[0]).toMatchObject({ name: 'كريم منصور', articles: 2 });
    });

    it('keeps drafts out of public reads', async () => {
      const draft = await t.store.articles.create(storyArticle(WATER_TALKS, { status: 'draft', publishedAt: null }));
      const id = (await person(draft.id, 'ليلى حداد'))!.id;
      expect(await t.store.annotations.articles(id, { limit: 10, publishedBefore: NOW })).toEqual({ ids: [], total: 0 });
      expect((await t.store.annotations.quotesBy(id, { limit: 10, publishedBefore: NOW })).total).toBe(0);
      expect((await t.store.annotations.list({ kind: 'person', limit: 10, publishedBefore: NOW })).total).toBe(0);
      expect((await t.store.annotations.articles(id, { limit: 10 })).total).toBe(1);
    });

    it('a rename persists and survives re-annotation; the old spelling keeps naming the entity', async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS));
      const id = (await person(a.id, 'كريم منصور'))!.id;
      const touched = await t.store.annotations.rename(id, { name: 'كريم عادل منصور', key: entityKey('كريم عادل منصور') }, EDITOR);
      expect(touched).toEqual({ articleIds: [a.id], entityIds: [id] });
      await t.store.articles.update(a.id, storyArticle([...WATER_TALKS, 'وختم منصور بالقول إن «المهم هو النتائج».']));
      const again = (await t.store.annotations.ofArticle(a.id)).entities.find((e) => e.id === id);
      expect(again).toMatchObject({ name: 'كريم عادل منصور', kind: 'person' });
      expect(await t.store.annotations.names(id)).toEqual(['كريم عادل منصور', 'كريم منصور']);
      const b = await t.store.articles.create(storyArticle(PORT_VISIT));
      expect((await t.store.annotations.ofArticle(b.id)).entities.find((e) => e.kind === 'person')).toMatchObject({ id, name: 'كريم عادل منصور' });
    });

    it('refuses a rename to a name another entity has', async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS));
      const id = (await person(a.id, 'كريم منصور'))!.id;
      await expect(t.store.annotations.rename(id, { name: 'ليلى حداد', key: entityKey('ليلى حداد') }, EDITOR)).rejects.toSatisfy((e) =>
        isMidadError(e, 'ERR_ENTITY_NAME_TAKEN'),
      );
    });

    it('a merge moves names, mentions and quotations, and holds after re-annotation', async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS));
      const mansour = (await person(a.id, 'كريم منصور'))!.id;
      const haddad = (await person(a.id, 'ليلى حداد'))!.id;
      await t.store.annotations.merge(haddad, mansour, EDITOR);
      expect(await t.store.annotations.entity(haddad)).toMatchObject({ mergedInto: mansour });
      const merged = await t.store.annotations.ofArticle(a.id);
      expect(merged.entities.filter((e) => e.kind === 'person').map((e) => e.id)).toEqual([mansour]);
      expect(merged.quotes.every((q) => q.speaker?.id === mansour)).toBe(true);
      await t.store.articles.update(a.id, storyArticle(WATER_TALKS, { headline: 'عنوان معدل' }));
      const again = await t.store.annotations.ofArticle(a.id);
      expect(again.entities.filter((e) => e.kind === 'person').map((e) => e.id)).toEqual([mansour]);
      expect(again.entities.find((e) => e.id === mansour)!.mentions.map((m) => m.text)).toContain('المتحدثة باسم منظمة الصحة العالمية ليلى حداد');
    });

    it('a rejected entity loses its mentions and is not found again', async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS));
      const cairo = (await t.store.annotations.ofArticle(a.id)).entities.find((e) => e.name === 'القاهرة')!.id;
      await t.store.annotations.reject(cairo, EDITOR);
      expect((await t.store.annotations.ofArticle(a.id)).entities.some((e) => e.id === cairo)).toBe(false);
      await t.store.articles.update(a.id, storyArticle(WATER_TALKS, { headline: 'عنوان معدل' }));
      expect((await t.store.annotations.ofArticle(a.id)).entities.some((e) => e.name === 'القاهرة')).toBe(false);
      expect(await t.store.annotations.findEntity('place', entityKey('القاهرة'))).toBeNull();
    });

    it("an editor's speaker survives re-annotation", async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS));
      const got = await t.store.annotations.ofArticle(a.id);
      const haddad = got.entities.find((e) => e.name === 'ليلى حداد')!.id;
      const second = got.quotes[1]!;
      await t.store.annotations.setSpeaker(second.id, { entityId: haddad }, EDITOR);
      expect((await t.store.annotations.quote(second.id))?.speaker?.name).toBe('ليلى حداد');
      await t.store.articles.update(a.id, storyArticle(WATER_TALKS, { headline: 'عنوان آخر' }));
      const again = await t.store.annotations.ofArticle(a.id);
      expect(again.quotes.map((q) => q.speaker?.name)).toEqual(['كريم منصور', 'ليلى حداد', 'ليلى حداد']);
      await t.store.annotations.setSpeaker(again.quotes[0]!.id, { text: 'مصادر دبلوماسية' }, EDITOR);
      await t.store.articles.update(a.id, storyArticle(WATER_TALKS));
      expect((await t.store.annotations.ofArticle(a.id)).quotes[0]).toMatchObject({ speaker: null, speakerText: 'مصادر دبلوماسية' });
    });

    it('feeds a fresh annotator: the table confirms, corrections teach', async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS));
      const id = (await person(a.id, 'ليلى حداد'))!.id;
      await t.store.annotations.rename(id, { name: 'ليلى الحداد', key: entityKey('ليلى الحداد') }, EDITOR);
      const fresh = createAnnotator();
      const fed = new FedAnnotator(fresh);
      await fed.catchUp(t.store);
      expect(fresh.gazetteer.entity('كريم منصور')).toMatchObject({ kind: 'person', role: 'وزير الخارجية المصري' });
      expect(fresh.gazetteer.entity('ليلى حداد')).toMatchObject({ name: 'ليلى الحداد' });
      // Known now without a title or a verb before the name.
      const found = fresh.annotate({ headline: 'كريم منصور في عمّان', body: [] });
      expect(found.entities.find((e) => e.kind === 'person')?.name).toBe('كريم منصور');
      const { lessons } = await t.store.annotations.lessons({ entity: 2 ** 31 - 1, correction: 0 });
      expect(lessons).toEqual([{ type: 'rename', from: 'ليلى حداد', to: 'ليلى الحداد', kind: 'person' }]);
    });

    it('re-annotates the articles another rules version made, a batch per transaction', async () => {
      const a = await t.store.articles.create(storyArticle(WATER_TALKS));
      const b = await t.store.articles.create(storyArticle(PORT_VISIT));
      expect(await t.store.annotations.stale(t.annotator.version, 0, 10)).toEqual([]);
      const base = createAnnotator();
      const version = t.annotator.version + 1;
      const next = new FedAnnotator({ version, learn: (l) => base.learn(l), annotate: (x) => ({ ...base.annotate(x), version }) });
      expect(await t.store.annotations.stale(next.version, 0, 10)).toEqual([a.id, b.id]);
      expect(await reannotate(t.store, next)).toBe(2);
      expect((await t.store.annotations.ofArticle(a.id)).version).toBe(next.version);
      expect(await t.store.annotations.stale(next.version, 0, 10)).toEqual([]);
      expect(await reannotate(t.store, next, { all: true })).toBe(2);
    });
  });
}
