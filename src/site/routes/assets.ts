import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AssetBundle } from '../assets.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves the fingerprinted CSS/JS and the font files from memory, cacheable forever. */
export async function assetRoutes(app: FastifyInstance, opts: { assets: AssetBundle }): Promise<void> {
  app.get(
    '/assets/*',
    { schema: { params: z.object({ '*': z.string().max(200) }) } },
    async (request, reply) => {
      const file = opts.assets.files.get(request.url.split('?')[0]!);
      if (!file) return reply.callNotFound();
      return reply.header('content-type', file.type).header('cache-control', IMMUTABLE).send(file.body);
    },
  );
  // The icon keeps a fixed name, so it may be cached for a day, not forever.
  for (const path of ['/favicon.svg', '/favicon.ico']) {
    app.get(path, async (_request, reply) => {
      const file = opts.assets.files.get(path)!;
      return reply.header('content-type', file.type).header('cache-control', 'public, max-age=86400').send(file.body);
    });
  }
}
