import type { FastifyPluginAsync } from 'fastify';
import type { Analyzer } from '../arabic/analyzer.js';
import type { SiteConfig } from '../site/config.js';
import type { Store } from '../store/index.js';

/** What the API's route plugins need; the reader site's services satisfy it. */
export interface ApiServices {
  store: Store;
  config: SiteConfig;
  /** The current time (injected so tests can fix it). */
  now: () => Date;
  /** The analyzer the store indexes with (queries must use the same); absent, a default one. */
  analyzer?: () => Analyzer;
}

/**
 * A plugin of API routes, registered inside `/api/v1` so it shares the JSON errors, CORS,
 * rate limit, caching headers and the OpenAPI document. Write routes join the same way,
 * registering their token authentication inside their own plugin.
 */
export type ApiRoutes = FastifyPluginAsync<ApiServices>;
