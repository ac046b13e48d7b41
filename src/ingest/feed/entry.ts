/**
 * The format-neutral shape of one feed item, which the RSS and Atom readers produce and
 * the article builder consumes.
 */

/** A photo or video attached to an item (media RSS or an enclosure). */
export interface FeedMedia {
  kind: 'image' | 'video';
  src: string;
  width?: number;
  height?: number;
  /** From media:description or media:title (may still hold a credit in parentheses). */
  caption: string;
  credit: string | null;
}

/** One item of a feed, whatever its format. */
export interface FeedEntry {
  /** 1-based line where the item starts, for messages. */
  line: number;
  /** Locator such as `item:nth-of-type(3)`. */
  element: string;
  /** Headline as HTML-ish text (may hold entities or tags). */
  title: string;
  link: string | null;
  /** guid / atom:id. */
  id: string | null;
  /** The full article body as HTML (content:encoded, Atom content), or ''. */
  contentHtml: string;
  /** The teaser as HTML (description, Atom summary), or ''. */
  summaryHtml: string;
  authors: string[];
  categories: string[];
  published: string | null;
  updated: string | null;
  media: FeedMedia[];
}
