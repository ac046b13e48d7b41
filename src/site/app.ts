import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { API_PREFIX, apiPlugin } from '../api/index.js';
import { READ_ROUTES } from '../api/routes.js';
import { createAnalyzer, type Analyzer } from '../arabic/analyzer.js';
import type { Store } from '../store/index.js';
import { loadAssets } from './assets.js';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from './config.js';
import { installErrorPages } from './plugins/error-pages.js';
import { httpCachingPlugin } from './plugins/http-caching.js';
import { securityPlugin } from './plugins/security.js';
import { articleRoutes } from './routes/article.js';
import { assetRoutes } from './routes/assets.js';
import { feedRoutes } from './routes/feeds.js';
import { homeRoutes } from './routes/home.js';
import { listRoutes } from './routes/lists.js';
import { mediaRoutes } from './routes/media.js';
import { registerNewsroom, type NewsroomOptions } from './newsroom/index.js';
import { searchRoutes } from './routes/search.js';
import { robotsRoutes } from './routes/robots.js';
import { sitemapRoutes } from './routes/sitemaps.js';
import type { SiteServices } from './services.js';

const defaultAnalyzer = createAnalyzer();

/** What the app is built from. */
export interface AppOptions {
  store: Store;
  config?: SiteConfig;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | object;
  now?: () => Date;
  /** Newsroom settings (media directory, cookie security, the import parser…); defaults otherwise. */
  newsroom?: NewsroomOptions;
  /** The analyzer the store indexes with (the same must serve queries). */
  analyzer?: () => Analyzer;
}

/**
 * Builds the reader site (and, as they land, the API and newsroom) without listening:
 * tests call `app.inject()`, `midad serve` calls `listen()`.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
    // Per-request log lines cost more than the page render; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    // Arabic slugs arrive percent-encoded (six bytes a letter): allow long ones.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const assets = loadAssets();
  const services: SiteServices = {
    store: options.store,
    config: options.config ?? DEFAULT_SITE_CONFIG,
    assets,
    now: options.now ?? (() => new Date()),
    analyzer: options.analyzer ?? (() => defaultAnalyzer),
  };

  await app.register(securityPlugin, { inlineScriptHashes: [assets.headScriptHash] });
  await app.register(httpCachingPlugin);
  installErrorPages(app, services);

  await app.register(assetRoutes, { assets });
  await app.register(mediaRoutes);
  await app.register(homeRoutes, services);
  await app.register(listRoutes, services);
  await app.register(articleRoutes, services);
  await app.register(searchRoutes, services);
  await app.register(feedRoutes, services);
  await app.register(sitemapRoutes, services);
  await app.register(robotsRoutes, services);
  await registerNewsroom(app, services, options.newsroom);
  await app.register(apiPlugin, { prefix: API_PREFIX, services, routes: READ_ROUTES });
  return app;
}
