import type { FastifyReply, FastifyRequest } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { pickEncoding } from '../cache/negotiate.js';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Bodies smaller than this gain less than the headers and the work cost. */
const THRESHOLD = 1024;

/** Text formats: pages, feeds, sitemaps, JSON, scripts, styles, SVG. Images, fonts and media are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)\b|application\/[\w.-]+\+(json|xml)\b|image\/svg\+xml\b)/;

/**
 * Compresses a response the client accepts compressed (brotli, then gzip) in zlib's thread
 * pool, for responses the page cache does not answer (it keeps its own variants, made once).
 * An onSend hook over the finished body: every route here answers with a string or a buffer.
 * Brotli at quality 5: on-the-fly work has to be fast; cached pages get quality 9.
 */
export async function compressReply(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  const type = reply.getHeader('content-type');
  if (typeof type !== 'string' || !COMPRESSIBLE.test(type)) return payload;
  if (reply.statusCode === 204 || reply.statusCode === 304 || reply.getHeader('content-encoding') !== undefined) return payload;
  if (/\bno-transform\b/.test(String(reply.getHeader('cache-control') ?? ''))) return payload;
  const body = typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : null;
  if (!body || body.length < THRESHOLD) return payload;
  // The answer depends on Accept-Encoding whether or not this one is compressed.
  const vary = reply.getHeader('vary');
  if (!vary) reply.header('vary', 'accept-encoding');
  else if (!/\baccept-encoding\b/i.test(String(vary))) reply.header('vary', `${String(vary)}, accept-encoding`);
  const encoding = pickEncoding(request.headers['accept-encoding'], { br: true, gzip: true });
  if (encoding === 'identity') return payload;
  const out =
    encoding === 'br'
      ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : await gz(body, { level: 6 });
  reply.header('content-encoding', encoding);
  reply.removeHeader('content-length');
  return out;
}
