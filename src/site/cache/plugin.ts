import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeFeed } from './change-feed.js';
import { compressVariants } from './compress.js';
import type { CacheEntry, PageCache } from './page-cache.js';
import { serveEntry } from './serve-entry.js';
import { cacheTagsOf } from './tags.js';

/** Headers a stored page must not replay (set per response, or forbidden in a shared cache). */
const NOT_STORED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'set-cookie', 'date', 'vary']);

/** The cache key of a request: its path and query. */
export function cacheKey(url: string): string {
  return url;
}

const generationAtStart = new WeakMap<FastifyRequest, number>();

/**
 * Connects the page cache to the application: `front` answers GET and HEAD requests from the
 * cache before the application sees them; `onRequest`/`capture` store the pages routes marked
 * cacheable (cache/tags.ts), with their headers, then compress them in the background.
 */
export function pageCacheHooks(cache: PageCache, feed: ChangeFeed) {
  /** Serves the cached page for the request, or hands it to the application. */
  const answer = (req: IncomingMessage, res: ServerResponse, next: (req: IncomingMessage, res: ServerResponse) => void): void => {
    let entry: CacheEntry | undefined;
    try {
      entry = cache.get(cacheKey(req.url ?? '/'));
      if (entry) {
        serveEntry(req, res, entry);
        return;
      }
    } catch {
      // A cache fault must never cost the reader the page: let the application answer.
      if (res.headersSent) return;
    }
    next(req, res);
  };
  return {
    /**
     * Runs in front of Fastify (its serverFactory); anything not cached goes to `next`.
     * Synchronous unless the change feed has news to read first: a hit is answered in the
     * same tick, with no promise made for it.
     */
    front(req: IncomingMessage, res: ServerResponse, next: (req: IncomingMessage, res: ServerResponse) => void): void {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next(req, res);
      let catching: Promise<void> | undefined;
      try {
        catching = feed.sync();
      } catch {
        return next(req, res);
      }
      if (catching) {
        catching.then(
          () => answer(req, res, next),
          () => next(req, res),
        );
        return;
      }
      answer(req, res, next);
    },

    /** Remembers which cache generation a request started under. */
    onRequest(request: FastifyRequest): void {
      generationAtStart.set(request, cache.generation);
    },

    /** Stores a marked, successful GET response (called between the ETag and compression hooks). */
    capture(request: FastifyRequest, reply: FastifyReply, payload: unknown): void {
      const tags = cacheTagsOf(reply);
      if (!tags || request.method !== 'GET' || reply.statusCode !== 200) return;
      if (reply.getHeader('set-cookie') !== undefined) return;
      const body = typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : null;
      if (!body) return;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(reply.getHeaders())) {
        if (v === undefined || NOT_STORED.has(k)) continue;
        headers[k] = Array.isArray(v) ? v.join(', ') : String(v);
      }
      const entry: CacheEntry = {
        status: 200,
        headers,
        body,
        etag: headers.etag,
        lastModified: headers['last-modified'],
        tags,
        storedAt: Date.now(),
      };
      const key = cacheKey(request.url);
      const generation = generationAtStart.get(request) ?? -1;
      if (!cache.set(key, entry, generation)) return;
      compressVariants(body).then(
        (v) => {
          entry.br = v.br;
          entry.gzip = v.gzip;
          cache.grew(key, entry, v.br.length + v.gzip.length);
        },
        () => {},
      );
    },
  };
}
