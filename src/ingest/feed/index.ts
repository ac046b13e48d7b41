/** RSS and Atom feeds → articles. */
export { parseFeed, MAX_FEED_BYTES, type ParseFeedOptions } from './parse-feed.js';
export { looksLikeFeed } from './detect.js';
