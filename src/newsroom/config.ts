import { z } from 'zod';

/** The newsroom's settings; every one has a safe default. */
export const NewsroomConfigSchema = z.object({
  /**
   * Mark cookies Secure (sent over HTTPS only). Defaults to true when the public site URL is
   * https; set false only for plain-HTTP development and tests.
   */
  secureCookies: z.boolean(),
  /** Where uploaded images and their renditions are written. */
  mediaDir: z.string().min(1).default('./data/media'),
  /** How long a login lasts. */
  sessionHours: z.number().positive().max(24 * 30).default(12),
  /** How long a setup link works. */
  setupLinkHours: z.number().positive().max(24 * 30).default(72),
  /** The largest accepted upload. */
  maxUploadBytes: z.number().int().positive().default(15 * 1024 * 1024),
  /** Failed logins per account, then per client address, within the window, before a lock-out. */
  lockout: z
    .object({
      accountFailures: z.number().int().positive().default(5),
      ipFailures: z.number().int().positive().default(20),
      windowMinutes: z.number().positive().default(15),
    })
    .prefault({}),
  /** Login attempts per client address per minute, before any password is checked. */
  loginRatePerMinute: z.number().int().positive().default(30),
  /** API writes per token per minute. */
  apiWritesPerMinute: z.number().int().positive().default(120),
  /** How often the scheduler looks for due articles; 0 disables its timer (tests call it directly). */
  schedulerIntervalMs: z.number().int().min(0).default(30_000),
  /** How often the editor saves a draft in the background. */
  autosaveSeconds: z.number().int().min(5).default(20),
});

/** The newsroom's settings. */
export type NewsroomConfig = z.infer<typeof NewsroomConfigSchema>;
/** Settings as a caller may give them (defaults filled in). */
export type NewsroomConfigInput = z.input<typeof NewsroomConfigSchema>;

/**
 * The newsroom settings for a site: the caller's, else MIDAD_MEDIA_DIR, MIDAD_SECURE_COOKIES and
 * MIDAD_AUTOSAVE_SECONDS from the environment, else defaults (Secure cookies whenever the site
 * URL is https).
 */
export function newsroomConfig(
  siteUrl: string,
  overrides: Partial<NewsroomConfigInput> = {},
  env: NodeJS.ProcessEnv = process.env,
): NewsroomConfig {
  const fromEnv: Partial<NewsroomConfigInput> = {};
  if (env.MIDAD_MEDIA_DIR) fromEnv.mediaDir = env.MIDAD_MEDIA_DIR;
  if (env.MIDAD_SECURE_COOKIES) fromEnv.secureCookies = ['1', 'true', 'yes'].includes(env.MIDAD_SECURE_COOKIES);
  if (env.MIDAD_AUTOSAVE_SECONDS) fromEnv.autosaveSeconds = Number(env.MIDAD_AUTOSAVE_SECONDS);
  return NewsroomConfigSchema.parse({
    secureCookies: siteUrl.startsWith('https:'),
    ...fromEnv,
    ...overrides,
  });
}
