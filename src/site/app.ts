import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { createServer } from 'node:http';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { API_PREFIX, apiPlugin } from '../api/index.js';
import { articleWriteRoutes } from '../api/articles-write/index.js';
import { READ_ROUTES } from '../api/routes.js';
import { createAnalyzer, type Analyzer } from '../arabic/analyzer.js';
import type { Store } from '../store/index.js';
import { loadAssets } from './assets.js';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from './config.js';
import { installErrorPages } from './plugins/error-pages.js';
import { httpCachingPlugin } from './plugins/http-caching.js';
import { securityPlugin } from './plugins/security.js';
import { articleRoutes } from './routes/article.js';
import { entityRoutes } from './routes/entities.js';
import { assetRoutes } from './routes/assets.js';
import { feedRoutes } from './routes/feeds.js';
import { homeRoutes } from './routes/home.js';
import { listRoutes } from './routes/lists.js';
import { mediaRoutes } from './routes/media.js';
import { registerNewsroom, type NewsroomOptions } from './newsroom/index.js';
import { searchRoutes } from './routes/search.js';
import { robotsRoutes } from './routes/robots.js';
import { sitemapRoutes } from './routes/sitemaps.js';
import { storyRoutes } from './routes/stories.js';
import type { SiteServices } from './services.js';
import { ChangeFeed } from './cache/change-feed.js';
import { PageCache, type PageCacheLimits } from './cache/page-cache.js';
import { pageCacheHooks } from './cache/plugin.js';

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
  /**
   * The in-memory page cache in front of the application (only when the app listens on its
   * own server: `app.inject()` goes straight to the routes). False turns it off.
   */
  pageCache?: Partial<PageCacheLimits> | false;
  /** Told of the cache tags of every change the change log brings (e.g. `lexicon`). */
  onChanges?: (tags: ReadonlySet<string>) => void;
  /** Trust X-Forwarded-* (only behind a proxy that sets them; otherwise clients could forge their address). */
  trustProxy?: boolean;
}

/** The page cache's default bounds: 64 MiB, and five minutes as a safety net. */
export const PAGE_CACHE_DEFAULTS: PageCacheLimits = { maxBytes: 64 * 1024 * 1024, maxAgeMs: 5 * 60_000 };

/**
 * Builds the reader site (and, as they land, the API and newsroom) without listening:
 * tests call `app.inject()`, `midad serve` calls `listen()`.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const cache = options.pageCache === false ? null : new PageCache({ ...PAGE_CACHE_DEFAULTS, ...options.pageCache });
  const feed = cache ? new ChangeFeed(options.store.changes, cache, options.onChanges) : null;
  const hooks = cache && feed ? pageCacheHooks(cache, feed) : null;
  if (feed) await feed.start();
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    // Cached pages are answered in front of Fastify, before routing and hooks.
    ...(hooks
      ? { serverFactory: (handler: Parameters<typeof createServer>[1] & {}) => createServer((req, res) => hooks.front(req, res, handler)) }
      : {}),
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

  if (hooks) app.addHook('onRequest', async (request) => hooks.onRequest(request));
  if (feed) app.addHook('onClose', async () => feed.stop());
  app.decorate('pageCache', cache);
  await app.register(securityPlugin, { inlineScriptHashes: [assets.headScriptHash] });
  await app.register(httpCachingPlugin, { capture: hooks?.capture });
  installErrorPages(app, services);

  await app.register(assetRoutes, { assets });
  await app.register(mediaRoutes);
  await app.register(homeRoutes, services);
  await app.register(listRoutes, services);
  await app.register(articleRoutes, services);
  await app.register(storyRoutes, services);
  await app.register(entityRoutes, services);
  await app.register(searchRoutes, services);
  await app.register(feedRoutes, services);
  await app.register(sitemapRoutes, services);
  await app.register(robotsRoutes, services);
  await registerNewsroom(app, services, options.newsroom);
  await app.register(apiPlugin, { prefix: API_PREFIX, services, routes: [...READ_ROUTES, articleWriteRoutes] });
  return app;
}
