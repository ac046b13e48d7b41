import etag from '@fastify/etag';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { compressReply } from './compression.js';

/**
 * Validators and compression. ETags are computed over the uncompressed body (the etag
 * plugin is registered first, so its onSend hook runs before compression); Last-Modified,
 * when a route sets it, answers If-Modified-Since with 304. Per RFC 9110 a request that
 * carries If-None-Match is judged by the ETag alone.
 */
export const httpCachingPlugin = fp(
  async (app: FastifyInstance, opts: { capture?: (request: FastifyRequest, reply: FastifyReply, payload: unknown) => void }) => {
    await app.register(etag, { weak: false });
    // The page cache keeps the uncompressed body with its ETag: after the etag hook, before compression.
    const capture = opts.capture;
    if (capture) {
      app.addHook('onSend', async (request, reply, payload) => {
        capture(request, reply, payload);
        return payload;
      });
    }
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode !== 200 || request.headers['if-none-match']) return payload;
      const since = request.headers['if-modified-since'];
      const modified = reply.getHeader('last-modified');
      if (!since || typeof modified !== 'string') return payload;
      const sinceMs = Date.parse(since);
      // Last-Modified has one-second precision; compare at that precision.
      if (!Number.isNaN(sinceMs) && Math.floor(Date.parse(modified) / 1000) <= Math.floor(sinceMs / 1000)) {
        reply.code(304);
        return '';
      }
      return payload;
    });
    // Last: compression after the validators and the cache have seen the plain body.
    app.addHook('onSend', compressReply);
  },
  { name: 'midad-http-caching' },
);
