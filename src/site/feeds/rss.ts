import { GENERATOR, type FeedChannel } from './channel.js';
import type { FeedEntry } from './entry.js';
import { mediaContent, MEDIA_NS } from './media.js';
import { el, renderXmlDocument, type XmlElement } from './xml.js';

/** RFC 822 date-time as RSS 2.0 requires (`Sat, 21 Nov 2026 10:30:00 GMT`). */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/** One `<item>`: title, link, permalink guid, summary, full text, dates, creators, categories, photo. */
function rssItem(e: FeedEntry): XmlElement {
  return el(
    'item',
    {},
    el('title', {}, e.title),
    el('link', {}, e.url),
    el('guid', { isPermaLink: 'true' }, e.id),
    el('description', {}, e.summary),
    e.html !== null ? el('content:encoded', {}, e.html) : null,
    el('pubDate', {}, rfc822(e.published)),
    // RSS's own <author> must be an email address; Dublin Core's creator takes a name.
    e.authors.map((a) => el('dc:creator', {}, a.name)),
    e.categories.map((c) => el('category', { domain: c.url }, c.term)),
    e.image ? mediaContent(e.image) : null,
  );
}

/** An RSS 2.0 document, with the Atom (self link), Dublin Core, content and Media RSS namespaces. */
export function rssDocument(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  return renderXmlDocument(
    el(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:media': MEDIA_NS,
      },
      el(
        'channel',
        {},
        el('title', {}, channel.title),
        el('link', {}, channel.pageUrl),
        el('description', {}, channel.description),
        el('language', {}, 'ar'),
        el('lastBuildDate', {}, rfc822(channel.updated)),
        el('generator', {}, GENERATOR),
        el('atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' }),
        el('image', {}, el('url', {}, channel.logoUrl), el('title', {}, channel.title), el('link', {}, channel.pageUrl)),
        entries.map(rssItem),
      ),
    ),
  );
}
