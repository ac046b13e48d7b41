import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readMediaFile } from '../../newsroom/media/storage.js';

const TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };
const Params = z.object({ name: z.string().regex(/^[a-f0-9]{16,64}-[0-9]{2,5}\.(avif|webp|jpg)$/) });

/**
 * Uploaded images' renditions at /media/u/{hash}-{width}.{ext}. The names are content hashes,
 * so a file never changes: cacheable for a year and immutable.
 */
export async function mediaFileRoutes(app: FastifyInstance, opts: { mediaDir: string }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/media/u/:name', { schema: { params: Params } }, async (request, reply) => {
    const file = await readMediaFile(opts.mediaDir, request.params.name);
    if (!file) return reply.callNotFound();
    return reply
      .header('content-type', TYPES[request.params.name.split('.').pop()!]!)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(file.data);
  });
}
