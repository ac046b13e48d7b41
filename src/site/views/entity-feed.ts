/**
 * Feeds of an entity's articles (`/person/{id}-{slug}/feed.xml` and `atom.xml`): the newest
 * public articles that mention the person, place or organisation, built with the site's own
 * feed entry and writers, full text or summary as the site is set.
 */
import { teaserOf, type Article } from '../../article/index.js';
import type { StoredEntity } from '../../store/annotations/index.js';
import { atomDocument } from '../feeds/atom.js';
import type { FeedChannel } from '../feeds/channel.js';
import { bodyHtml } from '../feeds/content.js';
import { feedEntry } from '../feeds/entry.js';
import { feedPath, type FeedFormat } from '../feeds/formats.js';
import { FEED_ITEMS } from '../feeds/load.js';
import { rssDocument } from '../feeds/rss.js';
import { publisherLogoUrl } from '../seo/publisher.js';
import { publicFilter, type SiteServices } from '../services.js';
import { entityPath } from './entity-urls.js';

/** An entity's feed document in one format, with its last change and the articles it carries. */
export async function entityFeed(s: SiteServices, e: StoredEntity, format: FeedFormat): Promise<{ xml: string; updated: string; articleIds: number[] }> {
  const site = s.config;
  const { ids } = await s.store.annotations.articles(e.id, { ...publicFilter(s), limit: FEED_ITEMS });
  const entries =
    site.feedContent === 'full'
      ? (await Promise.all(ids.map((id) => s.store.articles.get(id))))
          .filter((a): a is Article => a !== null)
          .map((a) => feedEntry(site, a, teaserOf(a, 300), bodyHtml(site.siteUrl, a.body)))
      : (await s.store.articles.summaries(ids)).map((a) => feedEntry(site, a, a.teaser, null));
  const updated = entries.reduce((m, x) => (x.updated > m ? x.updated : m), entries[0]?.updated ?? s.now().toISOString());
  const owner = entityPath(e);
  const channel: FeedChannel = {
    title: `${e.name} | ${site.siteName}`,
    description: `أحدث المقالات التي تذكر ${e.name}`,
    pageUrl: site.siteUrl + owner,
    updated,
    siteName: site.siteName,
    siteUrl: site.siteUrl,
    logoUrl: publisherLogoUrl(site),
    selfUrl: site.siteUrl + feedPath(owner, format),
  };
  return { xml: format === 'rss' ? rssDocument(channel, entries) : atomDocument(channel, entries), updated, articleIds: ids };
}
