/**
 * RSS 2.0 (and RSS 1.0/RDF, whose items sit beside the channel) items to feed entries.
 * Writers come from `dc:creator`, else `author` («mail@example (Name)» keeps the name);
 * categories from `category` and `dc:subject`; dates from `pubDate`, else `dc:date`.
 */
import type { FeedEntry } from './entry.js';
import { mediaOf } from './media.js';
import { attrOf, child, list, rawHtml, textOf } from './values.js';
import { XML_META, type XmlNode } from './xml.js';

/** «editor@example.com (هدى سليم)» → «هدى سليم»; a bare address says nothing. */
function authorName(raw: string): string | null {
  const paren = /\(([^()]+)\)\s*$/.exec(raw);
  if (paren?.[1]) return paren[1].trim();
  return /@/.test(raw) ? null : raw.trim() || null;
}

function linkOf(item: unknown): string | null {
  for (const l of list(child(item, 'link'))) {
    const t = textOf(l).trim() || attrOf(l, 'href');
    if (t) return t;
  }
  return null;
}

/** The items of an RSS document, or null when the tree is not RSS. */
export function rssEntries(tree: XmlNode, lineOf: (offset: number) => number): FeedEntry[] | null {
  const rss = child(tree, 'rss') ?? child(tree, 'rdf:RDF');
  if (rss === undefined) return null;
  const channel = child(rss, 'channel');
  // RSS 1.0 puts items next to the channel; RSS 2.0 inside it.
  const items = [...list(child(channel, 'item')), ...list(child(rss, 'item'))];
  return items.map((item, i) => {
    const meta = (item as Record<symbol, { startIndex?: number } | undefined>)[XML_META];
    const creators = list(child(item, 'dc:creator')).map((c) => textOf(c).trim()).filter(Boolean);
    const authors = creators.length ? creators : list(child(item, 'author')).map((a) => authorName(textOf(a))).filter((a): a is string => !!a);
    const guid = textOf(child(item, 'guid')).trim();
    return {
      line: lineOf(meta?.startIndex ?? 0),
      element: `item:nth-of-type(${i + 1})`,
      title: rawHtml(textOf(child(item, 'title'))),
      link: linkOf(item),
      id: guid || null,
      contentHtml: rawHtml(textOf(child(item, 'content:encoded'))),
      summaryHtml: rawHtml(textOf(child(item, 'description'))),
      authors,
      categories: [...list(child(item, 'category')), ...list(child(item, 'dc:subject'))].map((c) => textOf(c).trim()).filter(Boolean),
      published: textOf(child(item, 'pubDate')).trim() || textOf(child(item, 'dc:date')).trim() || null,
      updated: textOf(child(item, 'atom:updated')).trim() || null,
      media: mediaOf(item),
    };
  });
}
