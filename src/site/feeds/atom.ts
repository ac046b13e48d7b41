import { GENERATOR, type FeedChannel } from './channel.js';
import type { FeedEntry } from './entry.js';
import { mediaContent, MEDIA_NS } from './media.js';
import { el, renderXmlDocument, type XmlElement } from './xml.js';

/** RFC 3339 date-time as Atom requires (`2026-11-21T10:30:00.000Z`). */
export function rfc3339(iso: string): string {
  return new Date(iso).toISOString();
}

/** An Atom person construct: name, and the author page when there is one. */
function person(tag: 'author', p: { name: string; url: string | null }): XmlElement {
  return el(tag, {}, el('name', {}, p.name), p.url ? el('uri', {}, p.url) : null);
}

/** One `<entry>`; it names an author even when the byline has none (the site), for readers that ignore the feed-level author. */
function atomEntry(channel: FeedChannel, e: FeedEntry): XmlElement {
  const authors = e.authors.length ? e.authors : [{ name: channel.siteName, url: `${channel.siteUrl}/` }];
  return el(
    'entry',
    {},
    el('id', {}, e.id),
    el('title', { type: 'text' }, e.title),
    el('link', { rel: 'alternate', type: 'text/html', href: e.url }),
    el('published', {}, rfc3339(e.published)),
    el('updated', {}, rfc3339(e.updated)),
    authors.map((a) => person('author', a)),
    e.categories.map((c) => el('category', { term: c.term, scheme: c.url })),
    el('summary', { type: 'text' }, e.summary),
    e.html !== null ? el('content', { type: 'html' }, e.html) : null,
    e.image ? mediaContent(e.image) : null,
  );
}

/** An Atom 1.0 document in Arabic, with Media RSS for photos. */
export function atomDocument(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  return renderXmlDocument(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xmlns:media': MEDIA_NS, 'xml:lang': 'ar' },
      el('id', {}, channel.selfUrl),
      el('title', { type: 'text' }, channel.title),
      el('subtitle', { type: 'text' }, channel.description),
      el('updated', {}, rfc3339(channel.updated)),
      el('link', { rel: 'self', type: 'application/atom+xml', href: channel.selfUrl }),
      el('link', { rel: 'alternate', type: 'text/html', href: channel.pageUrl }),
      el('author', {}, el('name', {}, channel.siteName), el('uri', {}, `${channel.siteUrl}/`)),
      el('generator', {}, GENERATOR),
      el('logo', {}, channel.logoUrl),
      entries.map((e) => atomEntry(channel, e)),
    ),
  );
}
