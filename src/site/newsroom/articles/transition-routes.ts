import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MidadError } from '../../../article/index.js';
import { TRANSITION_NAMES, type TransitionName } from '../../../newsroom/workflow/transitions.js';
import { transitionArticle } from '../../../newsroom/workflow/transition.js';
import { actorOf, ipOf, type NewsroomServices } from '../services.js';
import { zonedToUtc } from '../time.js';
import { IdParams } from '../schemas.js';

const Body = z.object({
  to: z.enum(TRANSITION_NAMES as [TransitionName, ...TransitionName[]]),
  updatedAt: z.string().min(1).max(40),
  /** `datetime-local` in the site's time zone, for scheduling. */
  at: z.string().max(40).optional(),
});

/** POST /articles/:id/transition: auth → CSRF → validate → rights, state and stale checks (transitionArticle) → back to the editor. */
export async function transitionRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().post('/articles/:id/transition', { schema: { params: IdParams, body: Body } }, async (request, reply) => {
    const { to, updatedAt, at } = request.body;
    let scheduledFor: string | null = null;
    if (to === 'schedule') {
      scheduledFor = at ? zonedToUtc(at, s.site.config.timeZone) : null;
      if (!scheduledFor) throw new MidadError('ERR_SCHEDULE_INVALID', undefined, 'at');
    }
    const { id } = request.params;
    await transitionArticle(s.newsroom, actorOf(request), id, { name: to, expectedUpdatedAt: updatedAt, scheduledFor, ip: ipOf(request) });
    return reply.redirect(`/newsroom/articles/${id}/edit?done=${to}`, 303);
  });
}
