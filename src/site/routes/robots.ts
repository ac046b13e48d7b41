import type { FastifyInstance } from 'fastify';
import { PAGE_CACHE_CONTROL } from '../page.js';
import type { SiteServices } from '../services.js';
import { SITEMAP_PATHS } from './sitemaps.js';

/** robots.txt: everything may be crawled but the JSON API; the sitemaps are named with absolute URLs as the protocol asks. */
export function robotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /api/',
    '',
    `Sitemap: ${siteUrl}${SITEMAP_PATHS.index}`,
    `Sitemap: ${siteUrl}${SITEMAP_PATHS.news}`,
    '',
  ].join('\n');
}

/** Serves /robots.txt. */
export async function robotsRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  app.get('/robots.txt', async (_request, reply) =>
    reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', PAGE_CACHE_CONTROL).send(robotsTxt(s.config.siteUrl)),
  );
}
