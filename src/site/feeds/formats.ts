/** The two feed formats, where each lives under its owner's path, and how it is served. */

/** A feed format's name. */
export type FeedFormat = 'rss' | 'atom';

/** How a format is named in URLs, links and responses. */
export interface FeedFormatInfo {
  /** File name under the owner's path: `/feed.xml`, `/section/{slug}/atom.xml`. */
  file: string;
  /** Media type for `<link rel="alternate">` and Atom's self link. */
  mediaType: string;
  /** Shown after the feed's title in link titles. */
  label: string;
}

/** RSS 2.0 at `…/feed.xml` (what most readers look for first), Atom 1.0 at `…/atom.xml`. */
export const FEED_FORMATS: Readonly<Record<FeedFormat, FeedFormatInfo>> = {
  rss: { file: 'feed.xml', mediaType: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', mediaType: 'application/atom+xml', label: 'Atom' },
};

/** The path of an owner's feed: `''` (the whole site) gives `/feed.xml`, `/section/x` gives `/section/x/feed.xml`. */
export function feedPath(ownerPath: string, format: FeedFormat): string {
  return `${ownerPath}/${FEED_FORMATS[format].file}`;
}
