import { z } from 'zod';

/** What a site operator can set. Defaults give the demo newsroom on 127.0.0.1:3000. */
export const SiteConfigSchema = z.object({
  siteName: z.string().trim().min(1).max(80).default('مِداد'),
  /** A one-line description for the home page and feeds. */
  tagline: z.string().trim().max(200).default('أخبار وتحليلات بالعربية'),
  /** Public base URL, for canonical links, feeds and sitemaps (no trailing slash). */
  siteUrl: z
    .string()
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .default('http://127.0.0.1:3000'),
  /** Western (0-9) or Arabic-Indic (٠-٩) digits in dates and text. */
  digits: z.enum(['latn', 'arab']).default('latn'),
  /** Show the Hijri (Umm al-Qura) date beside the Gregorian one. */
  hijri: z.boolean().default(false),
  /** IANA zone in which dates are shown. */
  timeZone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Asia/Beirut')
    .default('UTC'),
  /** Articles per page on section and author pages. */
  pageSize: z.number().int().min(1).max(100).default(12),
  /** Whether feeds carry each article's full text or only its summary. */
  feedContent: z.enum(['full', 'summary']).default('full'),
  /** The publisher's logo (site path or absolute URL) for structured data and feeds; the site icon when unset. */
  publisherLogo: z.string().trim().min(1).max(2048).nullable().default(null),
  /** The site's X/Twitter account (`@name`) for cards; none when unset. */
  twitterSite: z
    .string()
    .regex(/^@\w{1,15}$/, 'must be an account name such as @midad')
    .nullable()
    .default(null),
  /** Origins whose browser scripts may call the API (`*` for any); none by default. */
  apiCorsOrigins: z
    .array(z.string().regex(/^(\*|https?:\/\/[^/\s]+)$/, 'must be * or an origin such as https://app.example.com'))
    .default([]),
  /** API requests one client (by IP) may make per minute. */
  apiRateLimit: z.number().int().min(1).max(1_000_000).default(300),
});

/** The site's settings. */
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** The defaults, for tests and the demo. */
export const DEFAULT_SITE_CONFIG: SiteConfig = SiteConfigSchema.parse({});

/**
 * The distribution settings (feeds, cards, API) as raw values from MIDAD_* environment
 * variables, for SiteConfigSchema to validate; unset variables stay undefined so defaults apply.
 */
export function distributionSettingsFromEnv(env: NodeJS.ProcessEnv): Partial<Record<keyof SiteConfig, unknown>> {
  const list = env.MIDAD_API_CORS_ORIGINS;
  return {
    feedContent: env.MIDAD_FEED_CONTENT || undefined,
    publisherLogo: env.MIDAD_PUBLISHER_LOGO || undefined,
    twitterSite: env.MIDAD_TWITTER_SITE || undefined,
    apiCorsOrigins: list ? list.split(',').map((o) => o.trim()).filter(Boolean) : undefined,
    // A non-number becomes NaN, which the schema refuses under the variable's name.
    apiRateLimit: env.MIDAD_API_RATE_LIMIT ? Number(env.MIDAD_API_RATE_LIMIT) : undefined,
  };
}
