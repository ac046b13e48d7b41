import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParseDraft, simpleParseDraft } from '../../src/newsroom/drafts/parse-draft.js';

const PAGE = '<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>سوق الكتب القديمة يفتح أبوابه من جديد</title></head><body><article><h1>سوق الكتب القديمة يفتح أبوابه من جديد</h1><p>افتتح سوق الكتب القديمة أبوابه صباح اليوم بعد أعمال ترميم استمرت عامين كاملين.</p><p>وقال التجار إن الإقبال فاق ما توقعوه في اليوم الأول.</p></article></body></html>';

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else res.writeHead(302, { location: `http://127.0.0.1:${port}/story` }).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((ok) => server.close(ok)));

describe('parsing a draft from an address', () => {
  it('fetches and parses a page from a host the operator trusts', async () => {
    const parse = createParseDraft({ allowHosts: ['127.0.0.1'] });
    const parsed = await parse({ kind: 'url', url: `http://127.0.0.1:${port}/story` });
    expect(parsed.articles[0]?.headline).toBe('سوق الكتب القديمة يفتح أبوابه من جديد');
  });

  it('refuses an internal address by default, with the coded draft error', async () => {
    await expect(simpleParseDraft({ kind: 'url', url: `http://127.0.0.1:${port}/story` })).rejects.toMatchObject({
      code: 'ERR_DRAFT_PARSE_FAILED',
      message: expect.stringContaining('loopback address'),
    });
  });
});
