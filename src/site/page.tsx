import type { FastifyReply } from 'fastify';
import { httpDate } from './format/dates.js';
import { renderBytes, type Raw, type RawBytes } from './jsx/runtime.js';
import type { ViewContext } from './views/context.js';
import { Layout, type PageMeta } from './views/layout.js';
import { h } from './jsx/runtime.js';
import { markCacheable, tag } from './cache/tags.js';

/** How a page may be cached by browsers and CDNs: briefly, revalidated, served stale while refreshing. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, s-maxage=60, stale-while-revalidate=300';

/**
 * Renders a full page around `content` and sends it, with validators when known. Pages given
 * `tags` (what they show, see cache/tags.ts) may be kept in the public page cache.
 */
export function sendPage(
  reply: FastifyReply,
  ctx: ViewContext,
  meta: PageMeta,
  content: Raw,
  options: {
    status?: number;
    lastModified?: string | null;
    cache?: boolean;
    tags?: Iterable<string>;
    /** Markup held as bytes that `content` or `meta` show (see rawBytes), in the order they appear. */
    pieces?: readonly RawBytes[];
  } = {},
): FastifyReply {
  // Sent as bytes: encoded to UTF-8 once here, not again by the ETag hash and by the socket write.
  const html = renderBytes(
    <Layout ctx={ctx} meta={meta}>
      {content}
    </Layout>,
    options.pieces ?? [],
  );
  reply.code(options.status ?? 200).header('content-type', 'text/html; charset=utf-8');
  reply.header('cache-control', options.cache === false ? 'no-store' : PAGE_CACHE_CONTROL);
  if (options.lastModified) reply.header('last-modified', httpDate(options.lastModified));
  if (options.tags && options.cache !== false && (options.status ?? 200) === 200) markCacheable(reply, [tag.nav, ...options.tags]);
  return reply.send(html);
}
