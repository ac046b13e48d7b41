import type { IncomingMessage, ServerResponse } from 'node:http';
import { pickEncoding } from './negotiate.js';
import type { CacheEntry } from './page-cache.js';

/** Whether an If-None-Match header names this entity tag (weak comparison, lists and `*`). */
export function etagMatches(header: string, etag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  if (header.trim() === '*') return true;
  const mine = bare(etag);
  return header.split(',').some((t) => bare(t) === mine);
}

/** Headers a 304 carries: the validators and what governs caching. */
function notModifiedHeaders(e: CacheEntry): Record<string, string> {
  const out: Record<string, string> = { vary: 'accept-encoding' };
  for (const k of ['etag', 'cache-control', 'last-modified', 'expires', 'content-location']) {
    const v = e.headers[k];
    if (v) out[k] = v;
  }
  return out;
}

/**
 * Answers a request from a cached entry without going through the application: a 304 when the
 * client's copy is current (If-None-Match first, else If-Modified-Since, as RFC 9110 orders
 * them), otherwise the best precompressed variant the client accepts.
 */
export function serveEntry(req: IncomingMessage, res: ServerResponse, e: CacheEntry): void {
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  const fresh = inm
    ? e.etag !== undefined && etagMatches(inm, e.etag)
    : ims !== undefined && e.lastModified !== undefined && Math.floor(Date.parse(e.lastModified) / 1000) <= Math.floor(Date.parse(ims) / 1000);
  if (fresh) {
    res.writeHead(304, notModifiedHeaders(e));
    res.end();
    return;
  }
  const encoding = pickEncoding(req.headers['accept-encoding'], { br: e.br !== undefined, gzip: e.gzip !== undefined });
  const body = encoding === 'br' ? e.br! : encoding === 'gzip' ? e.gzip! : e.body;
  const headers: Record<string, string | number> = { ...e.headers, vary: 'accept-encoding', 'content-length': body.length, 'x-cache': 'HIT' };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  res.writeHead(e.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
