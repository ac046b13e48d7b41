import type { FastifyInstance } from 'fastify';
import { readdirSync } from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewsroomContext } from '../../src/newsroom/context.js';
import type { User } from '../../src/store/newsroom/index.js';
import { STORES, type TestStore } from '../support/stores.js';
import { articleFields, Browser, buildNewsroomApp, idFromLocation, makeUser, TestClock, testContext } from './support.js';

/** A PNG photo-like test image (a gradient with a shape), made here. */
function testPng(width = 1400, height = 900): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#1d3b53"/><stop offset="1" stop-color="#e0a458"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 4}" fill="#fdfcf9"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

for (const { name, open } of STORES) {
  describe(`media uploads on ${name}`, () => {
    let t: TestStore;
    let clock: TestClock;
    let ctx: NewsroomContext;
    let app: FastifyInstance;
    let mediaDir: string;
    let close: () => Promise<void>;
    let writer: User;

    async function as(user: User): Promise<Browser> {
      const b = new Browser(app);
      await b.login(user.email);
      await b.get('/newsroom/media');
      return b;
    }

    beforeEach(async () => {
      t = await open();
      clock = new TestClock();
      ctx = testContext(t.store, clock);
      ({ app, close, mediaDir } = await buildNewsroomApp(t.store, clock, { maxUploadBytes: 2 * 1024 * 1024 }));
      writer = await makeUser(ctx, 'writer');
    });
    afterEach(async () => {
      await close();
      await t.dispose();
    });

    it('an upload is resized into AVIF, WebP and JPEG at several widths, served immutable', async () => {
      const w = await as(writer);
      const png = await testPng();
      const res = await w.postMultipart('/newsroom/media', { file: { data: png, name: 'photo.png', type: 'image/png' }, alt: 'جسر فوق النهر', caption: 'الجسر عند الغروب', credit: 'تصوير: سامر خليل' });
      expect(res.statusCode).toBe(303);
      const { items } = await t.store.newsroom.media.list({ limit: 5 });
      expect(items).toHaveLength(1);
      const item = items[0]!;
      expect(item).toMatchObject({ format: 'png', width: 1400, height: 900, alt: 'جسر فوق النهر', caption: 'الجسر عند الغروب', credit: 'تصوير: سامر خليل' });
      const widths = [...new Set(item.variants.map((v) => v.width))];
      expect(widths).toEqual([320, 640, 960, 1280, 1400]);
      expect(new Set(item.variants.map((v) => v.format))).toEqual(new Set(['avif', 'webp', 'jpeg']));
      expect(readdirSync(mediaDir).filter((f) => !f.startsWith('.')).sort()).toEqual(item.variants.map((v) => v.file).sort());
      for (const v of item.variants.slice(0, 3)) {
        const file = await app.inject(`/media/u/${v.file}`);
        expect(file.statusCode).toBe(200);
        expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        const meta = await sharp(file.rawPayload).metadata();
        expect(meta.width).toBe(v.width);
      }
      const library = await w.get('/newsroom/media');
      expect(library.body).toContain('<source type="image/avif" srcset="/media/u/');
      expect(library.body).toMatch(/-320\.webp 320w/);
      // Uploading the same bytes again stores nothing new.
      await w.postMultipart('/newsroom/media', { file: { data: png, name: 'again.png', type: 'image/png' } });
      expect((await t.store.newsroom.media.list({ limit: 5 })).total).toBe(1);
    });

    it('uploads are checked by content, not by name or claimed type', async () => {
      const w = await as(writer);
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      for (const data of [svg, Buffer.from('%PDF-1.7 not an image'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])]) {
        const res = await w.postMultipart('/newsroom/media', { file: { data, name: 'innocent.png', type: 'image/png' } });
        expect(res.statusCode).toBe(415);
        expect(res.body).toContain('نوع الملف غير مدعوم');
      }
      expect((await t.store.newsroom.media.list({ limit: 5 })).total).toBe(0);
      // A real JPEG named .txt is fine.
      const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a8412a' } }).jpeg().toBuffer();
      expect((await w.postMultipart('/newsroom/media', { file: { data: jpeg, name: 'notes.txt', type: 'text/plain' } })).statusCode).toBe(303);
    });

    it('uploads over the size limit are refused', async () => {
      const w = await as(writer);
      // A PNG header and then more bytes than the limit: refused while it streams in, before any decoding.
      const big = Buffer.concat([(await testPng(16, 16)).subarray(0, 33), Buffer.alloc(2 * 1024 * 1024 + 10)]);
      const res = await w.postMultipart('/newsroom/media', { file: { data: big, name: 'big.png', type: 'image/png' } });
      expect(res.statusCode).toBe(413);
      expect(res.body).toContain('الملف أكبر من الحجم المسموح به');
    });

    it('the media file route refuses any name that is not a rendition', async () => {
      for (const path of ['/media/u/..%2F..%2Fetc%2Fpasswd', '/media/u/abc.jpg', '/media/u/0123456789abcdef0123-320.svg']) {
        expect([400, 404], path).toContain((await app.inject(path)).statusCode);
      }
    });

    it('an image uploaded in the editor lands in its block with its caption and credit, and a library pick brings its own', async () => {
      const w = await as(writer);
      await w.get('/newsroom/articles/new');
      const png = await testPng(800, 500);
      const res = await w.postMultipart('/newsroom/articles', {
        ...articleFields(),
        'blocks.3.type': 'image',
        'blocks.3.file': { data: png, name: 'bridge.png', type: 'image/png' },
        'blocks.3.alt': 'الجسر من الضفة الشرقية',
        'blocks.3.caption': 'الجسر الجديد',
        'blocks.3.credit': 'تصوير: ليلى سمعان',
        'lead.file': { data: png, name: 'bridge.png', type: 'image/png' },
        'lead.caption': 'الجسر فوق النهر',
        'lead.credit': 'تصوير: سامر خليل',
      });
      const id = idFromLocation(res);
      const a = (await t.store.articles.get(id))!;
      const image = a.body[3]!;
      expect(image).toMatchObject({ type: 'image', alt: 'الجسر من الضفة الشرقية', caption: 'الجسر الجديد', credit: 'تصوير: ليلى سمعان', width: 800, height: 500 });
      expect((image as { src: string }).src).toMatch(/^\/media\/u\/[a-f0-9]{24}-800\.jpg$/);
      // The lead image is the same upload with its own words for this use; the library keeps the first description it got.
      expect(a.leadImage).toMatchObject({ src: (image as { src: string }).src, caption: 'الجسر فوق النهر', credit: 'تصوير: سامر خليل', width: 800 });
      const media = (await t.store.newsroom.media.list({ limit: 5 })).items[0]!;
      expect(media).toMatchObject({ caption: 'الجسر فوق النهر', credit: 'تصوير: سامر خليل', alt: 'الجسر من الضفة الشرقية' });
      // A later article picks it from the library: caption and credit travel with it.
      await w.get('/newsroom/articles/new');
      const again = idFromLocation(await w.postMultipart('/newsroom/articles', { ...articleFields({ headline: 'مقال ثان عن الجسر' }), 'blocks.3.type': 'image', 'blocks.3.media': String(media.id) }));
      expect((await t.store.articles.get(again))!.body[3]).toMatchObject({ type: 'image', caption: 'الجسر فوق النهر', credit: 'تصوير: سامر خليل', alt: 'الجسر من الضفة الشرقية', src: media && (image as { src: string }).src });
      // A refused upload in the editor keeps the rest of the form.
      const bad = await w.postMultipart('/newsroom/articles', { ...articleFields(), 'blocks.3.type': 'image', 'blocks.3.file': { data: Buffer.from('nope'), name: 'x.png', type: 'image/png' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('نوع الملف غير مدعوم');
      expect(bad.body).toContain(articleFields()['blocks.2.text']);
    });

    it('only the desk may correct an image description', async () => {
      const w = await as(writer);
      const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#223344' } }).jpeg().toBuffer();
      await w.postMultipart('/newsroom/media', { file: { data: jpeg, name: 'a.jpg', type: 'image/jpeg' }, caption: 'أولى' });
      const item = (await t.store.newsroom.media.list({ limit: 1 })).items[0]!;
      expect((await w.post(`/newsroom/media/${item.id}`, { alt: '', caption: 'تعديل', credit: '' })).statusCode).toBe(403);
      const e = await as(await makeUser(ctx, 'editor'));
      expect((await e.post(`/newsroom/media/${item.id}`, { alt: 'بديل', caption: 'تعديل', credit: 'وكالة' })).statusCode).toBe(303);
      expect(await t.store.newsroom.media.get(item.id)).toMatchObject({ caption: 'تعديل', credit: 'وكالة', alt: 'بديل' });
    });
  });
}
