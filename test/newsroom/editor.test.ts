import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewsroomContext } from '../../src/newsroom/context.js';
import type { User } from '../../src/store/newsroom/index.js';
import { SEED_DUMP } from '../support/shared.js';
import { STORES, type TestStore } from '../support/stores.js';
import { articleFields, Browser, buildNewsroomApp, idFromLocation, makeUser, TestClock, testContext, updatedAtOf } from './support.js';

for (const { name, open } of STORES) {
  describe(`the editor, revisions and conflicts on ${name}`, () => {
    let t: TestStore;
    let clock: TestClock;
    let ctx: NewsroomContext;
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let writer: User;
    let editor: User;

    async function as(user: User): Promise<Browser> {
      const b = new Browser(app);
      await b.login(user.email);
      await b.get('/newsroom/articles/new');
      return b;
    }

    beforeEach(async () => {
      t = await open();
      clock = new TestClock();
      ctx = testContext(t.store, clock);
      ({ app, close } = await buildNewsroomApp(t.store, clock));
      [writer, editor] = await Promise.all([makeUser(ctx, 'writer'), makeUser(ctx, 'editor')]);
    });
    afterEach(async () => {
      await close();
      await t.dispose();
    });

    it('saves every structured field, with the body as blocks', async () => {
      const w = await as(writer);
      const res = await w.postMultipart('/newsroom/articles', {
        ...articleFields({ source: 'وكالة الأنباء', pins: '', exclusions: '' }),
        'blocks.3.type': 'quote',
        'blocks.3.text': 'انتظرنا هذا اليوم طويلاً',
        'blocks.3.cite': 'أحد السكان',
        'blocks.4.type': 'video',
        'blocks.4.src': 'https://video.example.org/bridge.mp4',
        'blocks.4.caption': 'لقطات من الافتتاح',
        'blocks.5.type': 'paragraph',
        'blocks.5.text': '   ',
      });
      const id = idFromLocation(res);
      const a = (await t.store.articles.get(id))!;
      expect(a).toMatchObject({
        headline: 'افتتاح جسر جديد فوق النهر في المدينة القديمة',
        deck: 'الجسر يربط الضفتين بعد عقود من الانتظار',
        kicker: 'تقرير',
        section: { name: 'مدن' },
        tags: ['جسور', 'نقل'],
        byline: { authors: ['سلمى الحداد'], source: 'وكالة الأنباء', dateline: 'الموصل' },
        hasVideo: true,
        status: 'draft',
      });
      expect(a.body.map((b) => b.type)).toEqual(['paragraph', 'subheading', 'paragraph', 'quote', 'video']);
      expect(a.body[3]).toMatchObject({ text: 'انتظرنا هذا اليوم طويلاً', cite: 'أحد السكان' });
      const page = await w.get(`/newsroom/articles/${id}/edit?done=created`);
      expect(page.body).toContain('أُنشئت المسودة.');
      expect(page.body).toContain('عدد الكلمات: <span data-words>24</span>');
    });

    it('without scripts, block buttons add, move and remove blocks and keep what was typed', async () => {
      const w = await as(writer);
      const typed = articleFields();
      let res = await w.postMultipart('/newsroom/articles', { ...typed, op: 'add:quote' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('name="blocks.3.type" value="quote"');
      expect(res.body).toContain(typed['blocks.2.text']);
      res = await w.postMultipart('/newsroom/articles', { ...typed, op: 'up:1' });
      expect(res.body.indexOf('عقود من الانتظار')).toBeLessThan(res.body.indexOf('افتُتح صباح اليوم'));
      expect(res.body).toMatch(/name="blocks\.0\.type" value="subheading"/);
      res = await w.postMultipart('/newsroom/articles', { ...typed, op: 'remove:0' });
      expect(res.body).not.toContain('افتُتح صباح اليوم');
      expect(res.body).toMatch(/name="blocks\.0\.type" value="subheading"/);
      // Nothing was saved by any of these.
      expect(await t.store.articles.count()).toBe(0);
    });

    it('an invalid form is shown again with every typed word and the reasons', async () => {
      const w = await as(writer);
      const res = await w.postMultipart('/newsroom/articles', { ...articleFields({ headline: '' }), 'lead.src': 'javascript:alert(1)' });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('لم يُحفظ المقال');
      expect(res.body).toContain('هذا الحقل مطلوب');
      expect(res.body).toContain('رابط الصورة يجب أن يبدأ بـ / أو https://');
      expect(res.body).toContain('وكان السكان يعبرون النهر بالقوارب الصغيرة طوال سنوات.');
      expect(await t.store.articles.count()).toBe(0);
    });

    it('typed text is escaped everywhere it is shown', async () => {
      const w = await as(writer);
      const id = idFromLocation(await w.postMultipart('/newsroom/articles', articleFields({ headline: '<script>alert("x")</script> عنوان', 'blocks.0.text': '<img src=x onerror=alert(1)>' })));
      const page = await w.get(`/newsroom/articles/${id}/edit`);
      expect(page.body).not.toContain('<script>alert');
      expect(page.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      const preview = await w.get(`/newsroom/articles/${id}/preview`);
      expect(preview.body).not.toContain('<img src=x');
    });

    it('a conflicting edit is refused with the differences, and nothing is overwritten', async () => {
      const w = await as(writer);
      const id = idFromLocation(await w.postMultipart('/newsroom/articles', articleFields()));
      const e = await as(editor);
      // Both open the editor.
      const writerSaw = updatedAtOf((await w.get(`/newsroom/articles/${id}/edit`)).body);
      const editorSaw = updatedAtOf((await e.get(`/newsroom/articles/${id}/edit`)).body);
      expect(writerSaw).toBe(editorSaw);
      // The editor saves first.
      expect((await e.postMultipart(`/newsroom/articles/${id}`, { ...articleFields({ 'blocks.0.text': 'نص المحرر الجديد للفقرة الأولى' }), updatedAt: editorSaw })).statusCode).toBe(303);
      // The writer's save from the stale page is refused.
      const stale = await w.postMultipart(`/newsroom/articles/${id}`, { ...articleFields({ 'blocks.0.text': 'نص الكاتب للفقرة الأولى' }), updatedAt: writerSaw });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('لم يُحفظ: عُدّل المقال منذ فتحه');
      expect(stale.body).toContain('نص الكاتب للفقرة الأولى');
      expect(stale.body).toMatch(/<del><span class="visually-hidden">حُذف: <\/span>المحرر الجديد<\/del>/);
      expect((await t.store.articles.get(id))!.body[0]).toMatchObject({ text: 'نص المحرر الجديد للفقرة الأولى' });
      // Keeping one's own version is an explicit choice, offered with the version it replaces.
      const current = (await t.store.articles.get(id))!.updatedAt;
      expect(stale.body).toContain(`value="overwrite:${current}"`);
      const forced = await w.postMultipart(`/newsroom/articles/${id}`, { ...articleFields({ 'blocks.0.text': 'نص الكاتب للفقرة الأولى' }), updatedAt: writerSaw, op: `overwrite:${current}` });
      expect(forced.statusCode).toBe(303);
      expect((await t.store.articles.get(id))!.body[0]).toMatchObject({ text: 'نص الكاتب للفقرة الأولى' });
    });

    it('two saves from the same page in the same millisecond: the second is refused', async () => {
      const w = await as(writer);
      const id = idFromLocation(await w.postMultipart('/newsroom/articles', articleFields()));
      const seen = (await t.store.articles.get(id))!.updatedAt;
      // The clock does not move between them.
      const [a, b] = await Promise.all([
        w.postMultipart(`/newsroom/articles/${id}`, { ...articleFields({ deck: 'الأول' }), updatedAt: seen }),
        w.postMultipart(`/newsroom/articles/${id}`, { ...articleFields({ deck: 'الثاني' }), updatedAt: seen }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([303, 409]);
    });

    it('every save is a revision; a revision shows its word-level changes and can be restored', async () => {
      const w = await as(writer);
      const id = idFromLocation(await w.postMultipart('/newsroom/articles', articleFields()));
      for (const text of ['افتُتح مساء اليوم الجسر الجديد بحضور سكان الحيين المتقابلين.', 'افتُتح مساء أمس الجسر الجديد بحضور سكان الحيين.']) {
        clock.advance(60_000);
        const seen = (await t.store.articles.get(id))!.updatedAt;
        expect((await w.postMultipart(`/newsroom/articles/${id}`, { ...articleFields({ 'blocks.0.text': text }), updatedAt: seen })).statusCode).toBe(303);
      }
      const revisions = await t.store.newsroom.revisions.list(id, 10);
      expect(revisions.map((r) => r.action)).toEqual(['save', 'save', 'create']);
      const list = await w.get(`/newsroom/articles/${id}/revisions`);
      expect(list.body).toContain(`/newsroom/articles/${id}/revisions/${revisions[2]!.id}`);
      const second = await w.get(`/newsroom/articles/${id}/revisions/${revisions[1]!.id}`);
      expect(second.statusCode).toBe(200);
      expect(second.body).toMatch(/<del><span class="visually-hidden">حُذف: <\/span>صباح<\/del>/);
      expect(second.body).toMatch(/<ins><span class="visually-hidden">أُضيف: <\/span>مساء<\/ins>/);
      // Restore the first version.
      const seen = (await t.store.articles.get(id))!.updatedAt;
      const restored = await w.post(`/newsroom/articles/${id}/revisions/${revisions[2]!.id}/restore`, { updatedAt: seen });
      expect(restored.statusCode).toBe(303);
      expect((await t.store.articles.get(id))!.body[0]).toMatchObject({ text: articleFields()['blocks.0.text'] });
      expect((await t.store.newsroom.revisions.latest(id))!.action).toBe('restore');
      // A restore from a stale page is refused like any save.
      const again = await w.post(`/newsroom/articles/${id}/revisions/${revisions[1]!.id}/restore`, { updatedAt: seen });
      expect(again.statusCode).toBe(409);
      // Another writer cannot restore it.
      const other = await as(await makeUser(ctx, 'writer'));
      await other.get('/newsroom');
      const now = (await t.store.articles.get(id))!.updatedAt;
      expect((await other.post(`/newsroom/articles/${id}/revisions/${revisions[1]!.id}/restore`, { updatedAt: now })).statusCode).toBe(404);
    });

    it('background saves answer JSON, roll into one revision, and refuse stale versions', async () => {
      const w = await as(writer);
      const json = { accept: 'application/json' };
      const created = await w.postMultipart('/newsroom/autosave', articleFields(), json);
      expect(created.statusCode).toBe(200);
      const first = created.json() as { id: number; updatedAt: string; editUrl: string; words: number };
      expect(first.editUrl).toBe(`/newsroom/articles/${first.id}/edit`);
      let seen = first.updatedAt;
      for (let i = 0; i < 3; i++) {
        clock.advance(20_000);
        const res = await w.postMultipart(`/newsroom/articles/${first.id}/autosave`, { ...articleFields({ deck: `موجز ${i}` }), updatedAt: seen }, json);
        expect(res.statusCode).toBe(200);
        seen = (res.json() as { updatedAt: string }).updatedAt;
      }
      const revisions = await t.store.newsroom.revisions.list(first.id, 10);
      expect(revisions.map((r) => r.action)).toEqual(['autosave', 'create']);
      const stale = await w.postMultipart(`/newsroom/articles/${first.id}/autosave`, { ...articleFields(), updatedAt: first.updatedAt }, json);
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: { code: 'ERR_ARTICLE_CONFLICT' } });
      const incomplete = await w.postMultipart(`/newsroom/articles/${first.id}/autosave`, { ...articleFields({ headline: '' }), updatedAt: seen }, json);
      expect(incomplete.statusCode).toBe(400);
      expect(incomplete.json()).toMatchObject({ error: { field: 'headline' } });
    });

    it('previews render the reader page and are never cached', async () => {
      const w = await as(writer);
      const id = idFromLocation(await w.postMultipart('/newsroom/articles', articleFields()));
      const saved = await w.get(`/newsroom/articles/${id}/preview`);
      expect(saved.statusCode).toBe(200);
      expect(saved.headers['cache-control']).toBe('no-store, private');
      expect(saved.body).toContain('<article class="article" lang="ar">');
      expect(saved.body).toContain('<h2 class="article__subheading">عقود من الانتظار</h2>');
      await w.get(`/newsroom/articles/${id}/edit`);
      const unsaved = await w.postMultipart(`/newsroom/articles/${id}/preview`, { ...articleFields({ headline: 'عنوان لم يُحفظ بعد' }) });
      expect(unsaved.statusCode).toBe(200);
      expect(unsaved.headers['cache-control']).toBe('no-store, private');
      expect(unsaved.body).toContain('<h1 class="article__headline">عنوان لم يُحفظ بعد</h1>');
      expect((await t.store.articles.get(id))!.headline).toBe(articleFields().headline);
      // The public page does not show a draft.
      expect((await app.inject(`/article/${id}`)).statusCode).toBe(404);
    });

    it('related pins and exclusions are kept as the editor set them', async () => {
      const e = await as(editor);
      const target = idFromLocation(await e.postMultipart('/newsroom/articles', articleFields({ headline: 'مقال مرتبط أول' })));
      const other = idFromLocation(await e.postMultipart('/newsroom/articles', articleFields({ headline: 'مقال مرتبط ثان' })));
      const id = idFromLocation(await e.postMultipart('/newsroom/articles', articleFields({ pins: String(target), exclusions: `${other}\nno-such-slug` })));
      expect((await t.store.articles.get(id))!.pins).toEqual([target]);
      expect(await t.store.newsroom.workflow.exclusions(id)).toEqual([other]);
      const page = await e.get(`/newsroom/articles/${id}/edit`);
      expect(page.body).toMatch(new RegExp(`name="exclusions"[^>]*>${other}</textarea>`));
    });

    it('the import form turns a pasted HTML page into an unsaved draft in the editor', async () => {
      const w = await as(writer);
      await w.get('/newsroom/import');
      const html = '<!doctype html><html lang="ar"><head><title>مهرجان الكتاب</title></head><body><article><h1>مهرجان الكتاب يعود إلى الساحة القديمة</h1><p>عاد مهرجان الكتاب هذا العام إلى الساحة القديمة بعد غياب ثلاث سنوات، وشاركت فيه دور نشر من مدن عدة.</p><p>وقال المنظمون إن المهرجان سيستمر أسبوعاً كاملاً مع أمسيات للقراءة.</p></article></body></html>';
      const res = await w.postMultipart('/newsroom/import', { text: html });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('استُخرجت المسودة');
      expect(res.body).toContain('value="مهرجان الكتاب يعود إلى الساحة القديمة"');
      expect(await t.store.articles.count()).toBe(0);
      // An address on the server's own network is refused: a writer cannot make the server
      // fetch internal services (SSRF).
      const url = await w.postMultipart('/newsroom/import', { url: 'http://127.0.0.1:9/admin' });
      expect(url.statusCode).toBe(400);
      expect(url.body).toContain('loopback address');
    });

    it('a pasted page dump (the reference page) opens as a draft with its headline and blocks', async () => {
      const w = await as(writer);
      await w.get('/newsroom/import');
      const dump = readFileSync(SEED_DUMP, 'utf8');
      const res = await w.postMultipart('/newsroom/import', { file: { data: Buffer.from(dump), name: 'page.txt', type: 'text/plain' } });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('استُخرجت المسودة');
      expect(res.body).toMatch(/name="blocks\.[0-9]+\.type" value="subheading"/);
      const headline = /id="f-headline"[^>]*value="([^"]+)"/.exec(res.body)?.[1];
      expect(headline?.length).toBeGreaterThan(10);
    });
  });
}
