/**
 * Atom entries to feed entries. Text constructs (`title`, `summary`, `content`) carry a
 * `type`: `html` is escaped HTML, `xhtml` is inline markup, `text` is plain text, which is
 * escaped here so the HTML converter reads it literally. The link is the `alternate` one.
 */
import { escapeText } from './escape.js';
import type { FeedEntry } from './entry.js';
import { mediaOf } from './media.js';
import { attrOf, child, list, rawHtml, textOf } from './values.js';
import { XML_META, type XmlNode } from './xml.js';

/** A text construct as HTML, whatever its declared type. */
function constructHtml(v: unknown): string {
  const raw = textOf(v);
  const type = (attrOf(v, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return raw; // inline markup, kept raw by the parser
  const decoded = rawHtml(raw);
  return type === 'html' || type === 'text/html' ? decoded : escapeText(decoded);
}

function alternateLink(entry: unknown): string | null {
  let fallback: string | null = null;
  for (const l of list(child(entry, 'link'))) {
    const href = attrOf(l, 'href');
    if (!href) continue;
    const rel = attrOf(l, 'rel') ?? 'alternate';
    if (rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

/** The entries of an Atom document, or null when the tree is not Atom. */
export function atomEntries(tree: XmlNode, lineOf: (offset: number) => number): FeedEntry[] | null {
  const feed = child(tree, 'feed');
  if (feed === undefined) return null;
  return list(child(feed, 'entry')).map((entry, i) => {
    const meta = (entry as Record<symbol, { startIndex?: number } | undefined>)[XML_META];
    const categories = list(child(entry, 'category')).map((c) => attrOf(c, 'label') ?? attrOf(c, 'term') ?? textOf(c)).map((c) => c.trim()).filter(Boolean);
    return {
      line: lineOf(meta?.startIndex ?? 0),
      element: `entry:nth-of-type(${i + 1})`,
      title: constructHtml(child(entry, 'title')),
      link: alternateLink(entry),
      id: textOf(child(entry, 'id')).trim() || null,
      contentHtml: attrOf(child(entry, 'content'), 'src') ? '' : constructHtml(child(entry, 'content')),
      summaryHtml: constructHtml(child(entry, 'summary')),
      authors: list(child(entry, 'author')).map((a) => textOf(child(a, 'name')).trim()).filter(Boolean),
      categories,
      published: textOf(child(entry, 'published')).trim() || textOf(child(entry, 'updated')).trim() || null,
      updated: textOf(child(entry, 'updated')).trim() || null,
      media: mediaOf(entry),
    };
  });
}
