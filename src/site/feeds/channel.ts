/** What both formats say about a feed as a whole. */
export interface FeedChannel {
  /** `مِداد` for the site, `اقتصاد | مِداد` for a section. */
  title: string;
  description: string;
  /** The HTML page the feed follows (absolute). */
  pageUrl: string;
  /** The feed's own URL in the format being written (absolute). */
  selfUrl: string;
  /** The newest change among its entries (ISO). */
  updated: string;
  siteName: string;
  siteUrl: string;
  logoUrl: string;
}

/** Written into each feed's generator element. */
export const GENERATOR = 'Midad';
