import type { ErrorCode } from '../../article/index.js';
import type { SiteServices } from '../services.js';
import { authorFeedOwner, sectionFeedOwner, siteFeedOwner, type FeedOwner } from './owners.js';

/**
 * A kind of feed: the route prefix its owners live under and how a request's slug finds one.
 * People and stories join by adding a kind here (e.g. `/person/:slug`, with an owner builder
 * in owners.ts) once the store can filter articles by them; routes and both formats follow.
 */
export interface FeedKind {
  /** Route prefix: `''` for the site, or a pattern with `:slug`. */
  route: string;
  /** The error when the slug names nothing. */
  missing: ErrorCode;
  find(s: SiteServices, slug: string | undefined): Promise<FeedOwner | null>;
}

/** Every kind of feed the site serves: `/feed.xml`, `/section/{slug}/feed.xml`, `/author/{slug}/feed.xml` (and `atom.xml` beside each). */
export const FEED_KINDS: readonly FeedKind[] = [
  { route: '', missing: 'ERR_NOT_FOUND', find: async (s) => siteFeedOwner(s.config) },
  {
    route: '/section/:slug',
    missing: 'ERR_SECTION_NOT_FOUND',
    async find(s, slug) {
      const section = slug ? await s.store.directory.section(slug) : null;
      return section && sectionFeedOwner(s.config, section);
    },
  },
  {
    route: '/author/:slug',
    missing: 'ERR_AUTHOR_NOT_FOUND',
    async find(s, slug) {
      const author = slug ? await s.store.directory.author(slug) : null;
      return author && authorFeedOwner(s.config, author);
    },
  },
];
