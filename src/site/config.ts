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
});

/** The site's settings. */
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** The defaults, for tests and the demo. */
export const DEFAULT_SITE_CONFIG: SiteConfig = SiteConfigSchema.parse({});
