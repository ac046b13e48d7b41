import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { demoArt } from '../demo-art.js';

const Params = z.object({ name: z.string().regex(/^[a-z0-9-]{1,60}\.svg$/, 'a demo image name such as demo-001.svg') });

/** Drawn illustrations of the demo articles, at /media/demo/{name}.svg. */
export async function mediaRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/media/demo/:name', { schema: { params: Params } }, async (request, reply) => {
    return reply
      .header('content-type', 'image/svg+xml')
      .header('cache-control', 'public, max-age=86400')
      .send(demoArt(request.params.name.replace(/\.svg$/, '')));
  });
}
