import type { FastifyInstance } from 'fastify';
import { newsroomConfig, type NewsroomConfigInput } from '../../newsroom/config.js';
import type { NewsroomContext } from '../../newsroom/context.js';
import { simpleParseDraft, type ParseDraft } from '../../newsroom/drafts/parse-draft.js';
import type { SiteServices } from '../services.js';
import { mediaFileRoutes } from './media-files.js';
import { newsroomRoutes } from './plugin.js';
import { schedulerPlugin } from './scheduler.js';

/** How the newsroom is set up when the app is built (all optional). */
export interface NewsroomOptions extends Partial<NewsroomConfigInput> {
  /** The import service's parser; the simple page-dump/HTML parser when absent. */
  parseDraft?: ParseDraft;
}

/**
 * Adds the newsroom to the app: the /newsroom pages, the uploaded images at /media/u/, and
 * the publishing scheduler.
 */
export async function registerNewsroom(app: FastifyInstance, services: SiteServices, options: NewsroomOptions = {}): Promise<NewsroomContext> {
  const { parseDraft, ...overrides } = options;
  const ctx: NewsroomContext = {
    store: services.store,
    now: services.now,
    config: newsroomConfig(services.config.siteUrl, overrides),
    parseDraft: parseDraft ?? simpleParseDraft,
  };
  await app.register(schedulerPlugin, ctx);
  await app.register(mediaFileRoutes, { mediaDir: ctx.config.mediaDir });
  // A closure, not plugin options: options would carry `prefix` into every nested registration.
  const s = { site: services, newsroom: ctx };
  await app.register((newsroom) => newsroomRoutes(newsroom, s), { prefix: '/newsroom' });
  return ctx;
}
