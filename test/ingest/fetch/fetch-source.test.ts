import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/ingest/feed/index.js';
import { fetchSource, type FetchedSource, type FetchOptions, type Resolver } from '../../../src/ingest/fetch/index.js';
import { parseHtml } from '../../../src/ingest/html/index.js';
import { ImportError } from '../../../src/ingest/types.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const ARTICLE = readFileSync(join(FIXTURES, 'html/aldad-archive-1256.html'));
const FEED = readFileSync(join(FIXTURES, 'feed/madar-rss-media.xml'));
const MB = 1024 * 1024;

let server: Server;
let base = '';
const pending = new Set<ServerResponse>();

function route(path: string, res: ServerResponse): void {
  const redirect = (to: string, status = 302): void => void res.writeHead(status, { location: to }).end();
  const hops = /^\/hops\/(\d+)$/.exec(path);
  if (hops) {
    if (Number(hops[1]) === 0) res.end('arrived');
    else redirect(`/hops/${Number(hops[1]) - 1}`, 301);
    return;
  }
  switch (path) {
    case '/article':
      // The HTTP header names the charset; the page's own meta says the same.
      return void res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' }).end(ARTICLE);
    case '/feed':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    case '/feed.gz':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipSync(FEED));
    case '/moved':
      return redirect('/article');
    case '/loop':
      return redirect('/loop-b');
    case '/loop-b':
      return redirect('/loop');
    case '/to-loopback':
      return redirect(`${base}/article`);
    case '/to-ftp':
      return redirect('ftp://example.com/file');
    case '/missing':
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    case '/big-declared':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2 * MB) });
      res.end(Buffer.alloc(2 * MB, 0x61));
      return;
    case '/big-streamed': {
      // No Content-Length: only counting while streaming can stop it.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x62);
      let sent = 0;
      const pump = () => {
        while (sent < 50 * MB && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    case '/hang':
      pending.add(res); // never answers
      return;
    case '/slow-body':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
      pending.add(res); // headers arrive, the body never ends
      return;
    default:
      return void res.writeHead(500).end();
  }
}

beforeAll(async () => {
  server = createServer((req, res) => route(req.url ?? '/', res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of pending) res.destroy();
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

/** The test server is on loopback, which only an operator's own tools may reach. */
function local(url: string, options: FetchOptions = {}): Promise<FetchedSource> {
  return fetchSource(url, { allowPrivate: true, ...options });
}

async function failure(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('fetchSource against a local HTTP server', () => {
  it('fetches an article page that parseHtml then reads with the HTTP charset', async () => {
    const r = await local(`${base}/article`);
    expect(r.contentType).toBe('text/html; charset=windows-1256');
    expect(r.finalUrl).toBe(`${base}/article`);
    const a = parseHtml(r.bytes, { url: r.finalUrl, contentType: r.contentType }).articles[0]!;
    expect(a.headline).toBe('افتتاح أول مكتبة عامة في حي الزيتون');
    expect(a.body?.find((b) => b.type === 'image')).toMatchObject({ src: `${base}/images/news/4415.jpg`, credit: 'منى سعيد' });
  });

  it('fetches a feed, gzip-encoded or not', async () => {
    for (const path of ['/feed', '/feed.gz']) {
      const r = await local(`${base}${path}`);
      expect(parseFeed(r.bytes, { url: r.finalUrl, contentType: r.contentType }).articles).toHaveLength(3);
    }
  });

  it('follows redirects and reports the final address', async () => {
    expect((await local(`${base}/moved`)).finalUrl).toBe(`${base}/article`);
    expect(new TextDecoder().decode((await local(`${base}/hops/5`)).bytes)).toBe('arrived');
  });

  it('refuses more than the allowed redirects', async () => {
    expect((await failure(local(`${base}/hops/6`))).message).toBe('more than 5 redirects');
    expect((await failure(local(`${base}/hops/3`, { maxRedirects: 2 }))).message).toBe('more than 2 redirects');
  });

  it('refuses a redirect loop and a redirect to another scheme', async () => {
    expect((await failure(local(`${base}/loop`))).message).toBe(`redirect loop back to ${base}/loop`);
    expect((await failure(local(`${base}/to-ftp`))).message).toMatch(/only http and https/);
  });

  it('reports an HTTP error status with the address', async () => {
    const e = await failure(local(`${base}/missing`));
    expect(e.describe()).toBe(`${base}/missing: HTTP 404 Not Found`);
  });

  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    expect((await failure(local(`${base}/big-declared`, { maxBytes: MB }))).message).toBe('response is larger than 1 MB (Content-Length 2097152)');
  });

  it('stops streaming a body once it passes the limit', async () => {
    const t = performance.now();
    expect((await failure(local(`${base}/big-streamed`, { maxBytes: MB }))).message).toBe('response is larger than 1 MB; download stopped');
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('times out on a server that never answers, and on a body that never ends', async () => {
    for (const path of ['/hang', '/slow-body']) {
      const t = performance.now();
      expect((await failure(local(`${base}${path}`, { timeoutMs: 300 }))).message).toBe('no complete response within 0.3 s');
      expect(performance.now() - t).toBeLessThan(3000);
    }
  });

  it('refuses what it cannot fetch: bad addresses, other schemes, closed ports', async () => {
    expect((await failure(fetchSource('not a url'))).message).toBe('not a valid address: not a url');
    expect((await failure(fetchSource('file:///etc/passwd'))).message).toMatch(/only http and https/);
    expect((await failure(local('http://127.0.0.1:1/'))).message).toMatch(/^could not fetch/);
  });

  it('can be cancelled from outside', async () => {
    const ctl = new AbortController();
    const p = local(`${base}/hang`, { signal: ctl.signal });
    setTimeout(() => ctl.abort(), 50);
    expect((await failure(p)).message).toBe('fetch cancelled');
  });
});

describe('fetchSource refuses internal addresses unless allowed (SSRF)', () => {
  it('refuses loopback, private and metadata addresses given as literals', async () => {
    for (const url of [`${base}/article`, 'http://10.0.0.7/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://0.0.0.0/']) {
      expect((await failure(fetchSource(url))).message).toMatch(/^refused: .* address; only public addresses can be fetched$/);
    }
  });

  it('checks the address a name resolves to, and connects only where the check passed', async () => {
    const port = new URL(base).port;
    const toLoopback: Resolver = (_host, done) => done(null, [{ address: '127.0.0.1', family: 4 }]);
    const e = await failure(fetchSource(`http://news.example:${port}/article`, { resolve: toLoopback }));
    expect(e.message).toBe('refused: news.example is at 127.0.0.1, a loopback address; only public addresses can be fetched');
  });

  it('refuses a redirect from a trusted host to an internal address', async () => {
    const port = new URL(base).port;
    const toLoopback: Resolver = (_host, done) => done(null, [{ address: '127.0.0.1', family: 4 }]);
    const e = await failure(fetchSource(`http://cms.intranet:${port}/to-loopback`, { resolve: toLoopback, allowHosts: ['cms.intranet'] }));
    expect(e.message).toBe('refused: 127.0.0.1 is a loopback address; only public addresses can be fetched');
  });

  it('lets the operator name trusted intranet hosts', async () => {
    const port = new URL(base).port;
    const toLoopback: Resolver = (_host, done) => done(null, [{ address: '127.0.0.1', family: 4 }]);
    const r = await fetchSource(`http://cms.intranet:${port}/feed`, { resolve: toLoopback, allowHosts: ['cms.intranet'] });
    expect(new TextDecoder().decode(r.bytes)).toContain('<rss');
  });
});

