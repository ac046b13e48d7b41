import { z } from 'zod';
import { toFieldIssues } from '../article/index.js';
import { distributionSettingsFromEnv, SiteConfigSchema, type SiteConfig } from '../site/config.js';
import { DEFAULT_DB } from '../store/index.js';

/** Everything `midad serve` runs with. */
export interface ServeConfig {
  port: number;
  host: string;
  db: string;
  demo: boolean;
  logLevel: string;
  /** Processes serving the site (1: this one). */
  workers: number;
  /** The page cache's size in MiB; 0 turns it off. */
  pageCacheMb: number;
  /** Trust X-Forwarded-* headers (only behind a proxy that sets them). */
  trustProxy: boolean;
  /** Where publishing sends CDN purges by tag (src/site/cache/purge.ts), and its bearer token. */
  purgeUrl: string | null;
  purgeToken: string | null;
  site: SiteConfig;
}

const Port = z.coerce.number().int().min(0).max(65535);
const Bool = z.enum(['1', '0', 'true', 'false', 'yes', 'no']).transform((v) => ['1', 'true', 'yes'].includes(v));

/** Flags that override the environment. */
export interface ServeFlags {
  port?: string;
  host?: string;
  db?: string;
  demo?: boolean;
  workers?: string;
}

/** Thrown with every bad setting named, e.g. `MIDAD_DIGITS: expected one of "latn"|"arab"`. */
export class ConfigError extends Error {}

/** Reads configuration from flags, then MIDAD_* environment variables, then defaults. */
export function serveConfig(flags: ServeFlags, env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const problems: string[] = [];
  const pick = <T>(name: string, schema: z.ZodType<T>, value: string | undefined, fallback: T): T => {
    if (value === undefined || value === '') return fallback;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    problems.push(`${name}: ${r.error.issues[0]?.message ?? 'invalid'}`);
    return fallback;
  };
  const port = pick('--port / MIDAD_PORT', Port, flags.port ?? env.MIDAD_PORT ?? env.PORT, 3000);
  const workers = pick('--workers / MIDAD_WORKERS', z.coerce.number().int().min(1).max(64), flags.workers ?? env.MIDAD_WORKERS, 1);
  // 16 MiB holds the hot set (home, sections, a few hundred articles with their compressed
  // variants) and keeps a process under 150 MiB resident with 100,000 articles.
  const pageCacheMb = pick('MIDAD_PAGE_CACHE_MB', z.coerce.number().int().min(0).max(4096), env.MIDAD_PAGE_CACHE_MB, 16);
  const trustProxy = pick('MIDAD_TRUST_PROXY', Bool, env.MIDAD_TRUST_PROXY, false);
  const purgeUrl = pick<string | null>('MIDAD_PURGE_URL', z.url({ protocol: /^https?$/ }), env.MIDAD_PURGE_URL || undefined, null);
  const purgeToken = env.MIDAD_PURGE_TOKEN || null;
  const host = flags.host ?? env.MIDAD_HOST ?? '127.0.0.1';
  const site = SiteConfigSchema.safeParse({
    siteName: env.MIDAD_SITE_NAME || undefined,
    tagline: env.MIDAD_TAGLINE || undefined,
    siteUrl: env.MIDAD_SITE_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    digits: env.MIDAD_DIGITS || undefined,
    hijri: pick('MIDAD_HIJRI', Bool, env.MIDAD_HIJRI, false),
    timeZone: env.MIDAD_TIMEZONE || undefined,
    ...distributionSettingsFromEnv(env),
  });
  if (!site.success) {
    for (const i of toFieldIssues(site.error)) problems.push(`MIDAD_${envName(i.path)}: ${i.message}`);
  }
  if (problems.length) throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  return {
    port,
    host,
    db: flags.db ?? env.MIDAD_DB ?? DEFAULT_DB,
    demo: flags.demo ?? true,
    logLevel: env.MIDAD_LOG_LEVEL ?? 'info',
    workers,
    pageCacheMb,
    trustProxy,
    purgeUrl,
    purgeToken,
    site: site.data!,
  };
}

/** `siteName` → `SITE_NAME`. */
function envName(field: string): string {
  return field.replace(/([A-Z])/g, '_$1').toUpperCase();
}
