import type { FastifyInstance } from 'fastify';
import { PAGE_CACHE_CONTROL } from '../site/page.js';

/** Public API answers may be cached like pages: briefly, revalidated, served stale while refreshing. */
export const API_CACHE_CONTROL = PAGE_CACHE_CONTROL;

/** Only reads are cacheable; a write's answer (and any error) must never be stored. */
function cacheable(method: string, status: number): boolean {
  return (method === 'GET' || method === 'HEAD') && status < 400;
}

/** Adds Cache-Control to every API answer whose route did not set one: public for successful reads (and their 304s), no-store otherwise. */
export function addApiCacheControl(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) {
      reply.header('cache-control', cacheable(request.method, reply.statusCode) ? API_CACHE_CONTROL : 'no-store');
    }
    return payload;
  });
}
