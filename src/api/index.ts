import type { FastifyInstance } from 'fastify';
import { addApiCacheControl } from './cache.js';
import { apiCors } from './cors.js';
import { apiErrorHandler, apiNotFound } from './errors.js';
import { openApiRoute, registerOpenApi } from './openapi.js';
import { registerApiRateLimit } from './rate-limit.js';
import type { ApiRoutes, ApiServices } from './services.js';

/** Where the API lives: register `apiPlugin` with this prefix; routes are under `/api/v1`. */
export const API_PREFIX = '/api';
/** The current version's path under the prefix. */
export const API_VERSION_PREFIX = '/v1';

/** What the API is built from: its services and the route plugins of `/api/v1`. */
export interface ApiOptions {
  services: ApiServices;
  /** Resource plugins, in order (READ_ROUTES; write routes are appended by whoever builds the app). */
  routes: readonly ApiRoutes[];
}

/**
 * The JSON API, registered under `/api`. Order matters: the error and 404 handlers, CORS, rate
 * limit and Cache-Control apply to this context, and the OpenAPI collector must be registered
 * before the routes it documents.
 */
export async function apiPlugin(app: FastifyInstance, opts: ApiOptions): Promise<void> {
  const s = opts.services;
  app.setErrorHandler(apiErrorHandler);
  app.setNotFoundHandler(apiNotFound);
  await app.register(apiCors, { origins: s.config.apiCorsOrigins });
  await registerApiRateLimit(app, s.config.apiRateLimit);
  addApiCacheControl(app);
  await registerOpenApi(app, s);
  await app.register(
    async (v1) => {
      for (const routes of opts.routes) await v1.register(routes, s);
      openApiRoute(v1);
    },
    { prefix: API_VERSION_PREFIX },
  );
}
