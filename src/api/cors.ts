import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Headers a browser script may read from API answers. */
const EXPOSED = 'ETag, Last-Modified, Link, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset';
/** Request headers a browser script may send. */
const ALLOWED_HEADERS = 'Authorization, Content-Type, If-None-Match, If-Modified-Since';
/** How long a browser may remember a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600';

/**
 * CORS for the API from an allow-list of origins (`*` for any). Answers name the one allowed
 * origin (and vary on Origin) rather than echoing any; origins not on the list get no CORS
 * headers, so browsers refuse them. Preflights list the methods of the routes registered after
 * this plugin, so write routes are covered without configuration.
 */
export const apiCors = fp(
  async (app: FastifyInstance, opts: { origins: readonly string[] }) => {
    const any = opts.origins.includes('*');
    const allowed = new Set(opts.origins);
    const methods = new Set<string>(['OPTIONS']);
    app.addHook('onRoute', (route) => {
      for (const m of [route.method].flat()) methods.add(m);
    });

    app.addHook('onRequest', async (request, reply) => {
      if (!any && allowed.size > 0) reply.header('vary', 'Origin');
      const origin = request.headers.origin;
      if (!origin || !(any || allowed.has(origin))) return;
      reply.header('access-control-allow-origin', any ? '*' : origin).header('access-control-expose-headers', EXPOSED);
    });

    app.options('/*', { schema: { hide: true } }, async (_request, reply) => {
      if (reply.hasHeader('access-control-allow-origin')) {
        reply
          .header('access-control-allow-methods', [...methods].sort().join(', '))
          .header('access-control-allow-headers', ALLOWED_HEADERS)
          .header('access-control-max-age', PREFLIGHT_MAX_AGE);
      }
      return reply.code(204).send();
    });
  },
  { name: 'midad-api-cors' },
);
