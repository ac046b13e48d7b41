import Fastify from 'fastify';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressReply } from '../../src/site/plugins/compression.js';

const PAGE = `<p>${'نص عربي طويل بما يكفي للضغط. '.repeat(200)}</p>`;

async function app() {
  const a = Fastify();
  a.addHook('onSend', compressReply);
  a.get('/page', async (_q, r) => r.type('text/html; charset=utf-8').send(Buffer.from(PAGE)));
  a.get('/api', async () => ({ items: Array.from({ length: 100 }, (_, i) => ({ id: i, headline: 'عنوان' })) }));
  a.get('/small', async (_q, r) => r.type('text/html; charset=utf-8').send('<p>قصير</p>'));
  a.get('/image', async (_q, r) => r.type('image/webp').send(Buffer.alloc(5000, 7)));
  a.get('/no-transform', async (_q, r) => r.type('text/html').header('cache-control', 'no-transform').send(PAGE));
  return a;
}

describe('on-the-fly compression', () => {
  it('sends brotli, then gzip, as the client accepts, and the bytes decompress to the page', async () => {
    const a = await app();
    const br = await a.inject({ url: '/page', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(PAGE);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(PAGE) / 5);
    const gz = await a.inject({ url: '/api', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString()).items).toHaveLength(100);
  });

  it('leaves alone what asks for identity, small bodies, images and no-transform, and still varies on the header', async () => {
    const a = await app();
    const plain = await a.inject({ url: '/page', headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    expect(plain.body).toBe(PAGE);
    for (const url of ['/small', '/image', '/no-transform']) {
      const r = await a.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(r.headers['content-encoding'], url).toBeUndefined();
    }
  });
});
