import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { NewsroomContext } from '../../newsroom/context.js';
import { startScheduler, type Scheduler } from '../../newsroom/workflow/scheduler.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The publishing scheduler (started when the server is ready, stopped when it closes). */
    scheduler: Scheduler | null;
  }
}

/**
 * Starts the scheduler with the server: on start it publishes what fell due while the server
 * was down, then it looks again every `schedulerIntervalMs`.
 */
export const schedulerPlugin = fp(
  async (app: FastifyInstance, ctx: NewsroomContext) => {
    app.decorate('scheduler', null);
    app.addHook('onReady', async () => {
      app.scheduler = startScheduler(
        ctx,
        ctx.config.schedulerIntervalMs,
        (err) => app.log.error({ err }, 'scheduled publishing failed'),
        (ids) => app.log.info({ ids }, 'published scheduled articles'),
      );
      await app.scheduler.tick();
    });
    app.addHook('onClose', async () => {
      await app.scheduler?.stop();
    });
  },
  { name: 'midad-scheduler' },
);
