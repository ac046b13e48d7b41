import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Security headers. The CSP allows our own files only, plus the one inline head script by
 * its hash; no inline styles, no third-party origins (fonts are self-hosted).
 *
 * helmet itself, built once: Fastify's helmet plugin rebuilt the middleware (and re-parsed
 * the CSP) on every request, ~45 µs of a 0.9 ms uncached page.
 */
export const securityPlugin = fp(
  async (app: FastifyInstance, opts: { inlineScriptHashes: string[] }) => {
    const headers = helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", ...opts.inlineScriptHashes],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'https:'],
          fontSrc: ["'self'"],
          mediaSrc: ["'self'", 'https:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    });
    app.addHook('onRequest', (request, reply, done) => {
      headers(request.raw, reply.raw, (err) => done(err as Error | undefined));
    });
  },
  { name: 'midad-security' },
);
