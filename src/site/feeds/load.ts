import { teaserOf, type Article, type ArticleSummary } from '../../article/index.js';
import { publisherLogoUrl } from '../seo/publisher.js';
import { publicFilter, type SiteServices } from '../services.js';
import type { FeedChannel } from './channel.js';
import { bodyHtml } from './content.js';
import { feedEntry, type FeedEntry } from './entry.js';
import { feedPath, type FeedFormat } from './formats.js';
import type { FeedOwner } from './owners.js';

/** Items in a feed: a day or two of a busy newsroom, what readers poll for. */
export const FEED_ITEMS = 30;

/** A feed's channel facts and entries, ready for either format. */
export interface LoadedFeed {
  channel: Omit<FeedChannel, 'selfUrl'>;
  entries: FeedEntry[];
  /** The self URL in a given format. */
  selfUrl: (format: FeedFormat) => string;
}

/** Full articles for full-text feeds, in list order; those that vanished in between are skipped. */
async function fullArticles(s: SiteServices, items: readonly ArticleSummary[]): Promise<Article[]> {
  // One get per item: the store has no batch read of bodies yet (see the report of issue 8).
  const found = await Promise.all(items.map((i) => s.store.articles.get(i.id)));
  return found.filter((a): a is Article => a !== null);
}

/** The newest public articles of an owner as feed entries, full text or summary as the site is set. */
export async function loadFeed(s: SiteServices, owner: FeedOwner): Promise<LoadedFeed> {
  const site = s.config;
  const page = await s.store.articles.list({ ...publicFilter(s), ...owner.filter, limit: FEED_ITEMS, count: false });
  const entries =
    site.feedContent === 'full'
      ? (await fullArticles(s, page.items)).map((a) => feedEntry(site, a, teaserOf(a, 300), bodyHtml(site.siteUrl, a.body)))
      : page.items.map((a) => feedEntry(site, a, a.teaser, null));
  const updated = entries.reduce((m, e) => (e.updated > m ? e.updated : m), entries[0]?.updated ?? s.now().toISOString());
  return {
    channel: {
      title: owner.title,
      description: owner.description,
      pageUrl: `${site.siteUrl}${owner.ownerPath || '/'}`,
      updated,
      siteName: site.siteName,
      siteUrl: site.siteUrl,
      logoUrl: publisherLogoUrl(site),
    },
    entries,
    selfUrl: (format) => site.siteUrl + feedPath(owner.ownerPath, format),
  };
}
