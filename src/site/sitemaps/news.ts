/** Google News reads only articles of the last two days from a news sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
/** And at most this many URLs per news sitemap. */
export const MAX_NEWS_URLS = 1000;

/** The earliest publication time a news sitemap lists at `now`. */
export function newsWindowStart(now: Date): string {
  return new Date(now.getTime() - NEWS_WINDOW_MS).toISOString();
}
