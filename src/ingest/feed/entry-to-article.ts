/**
 * One feed entry to one article draft. The body is `content:encoded`/Atom `content` when
 * present (the summary then becomes the deck, unless it merely repeats the opening of the
 * body), else the summary. The lead image is the entry's first media photo, else the first
 * photo ahead of the body's prose. A media video becomes a video block. The first category
 * is the section, the others are tags.
 */
import { assembleArticle } from '../html/assemble.js';
import { splitAuthors } from '../html/byline.js';
import { splitCredit } from '../html/credit.js';
import { parseDate } from '../html/dates.js';
import type { ArticleDraft } from '../html/fit-article.js';
import type { ImageBlockOut } from '../html/figure.js';
import { fragmentText, fragmentToBlocks } from '../html/fragment.js';
import { plausibleDeck } from '../html/headline.js';
import type { PageMetadata } from '../html/metadata.js';
import { compareKey } from '../html/text.js';
import { resolveUrl } from '../html/urls.js';
import { ImportError, type ImportWarning } from '../types.js';
import type { FeedEntry, FeedMedia } from './entry.js';

// Summaries that are the body's opening cut short end with an ellipsis or «[…]».
const TRUNCATION_RE = /\s*(?:\[?(?:…|\.\.\.)\]?|\[\s*…\s*\])\s*$/u;

function leadFrom(media: FeedMedia | undefined, base: string | null): ImageBlockOut | null {
  if (!media) return null;
  const text = fragmentText(media.caption);
  const { caption, credit } = media.credit ? { caption: text, credit: fragmentText(media.credit) || null } : splitCredit(text);
  const lead: ImageBlockOut = { type: 'image', src: resolveUrl(media.src, base), alt: '', caption, credit };
  if (media.width) lead.width = media.width;
  if (media.height) lead.height = media.height;
  return lead;
}

function dateOf(raw: string | null, what: string, warn: (m: string) => void): string | null {
  if (!raw) return null;
  const r = parseDate(raw);
  if (!r.ok) {
    warn(`${what} "${raw.slice(0, 40)}" ignored: ${r.reason}`);
    return null;
  }
  if (r.assumedUtc) warn(`${what} "${raw}" has no time zone; read as UTC`);
  return r.iso;
}

/** The article a feed entry describes, or null (with a warning) when it holds nothing to import. */
export function entryToArticle(e: FeedEntry, warnings: ImportWarning[]): ArticleDraft | null {
  try {
    return convert(e, warnings);
  } catch (err) {
    // One hostile item (markup nested thousands deep) must not sink the rest of the feed.
    if (!(err instanceof ImportError)) throw err;
    warnings.push({ line: e.line, element: e.element, message: `item skipped: ${err.message}` });
    return null;
  }
}

function convert(e: FeedEntry, warnings: ImportWarning[]): ArticleDraft | null {
  const warn = (message: string) => warnings.push({ line: e.line, element: e.element, message });
  const base = e.link && /^https?:/i.test(e.link) ? e.link : null;
  const headline = fragmentText(e.title) || null;
  const summary = fragmentText(e.summaryHtml);
  const bodyHtml = e.contentHtml.trim() ? e.contentHtml : e.summaryHtml;
  let deck = e.contentHtml.trim() && plausibleDeck(summary, headline, []) ? summary : null;

  const { blocks, authors: bodyAuthors, source: bodySource } = fragmentToBlocks(bodyHtml, { baseUrl: base, headline, deck });
  const firstParagraph = blocks.find((b) => b.type === 'paragraph');
  if (deck && firstParagraph?.type === 'paragraph' && compareKey(firstParagraph.text).startsWith(compareKey(deck.replace(TRUNCATION_RE, '')))) deck = null;

  const video = e.media.find((m) => m.kind === 'video');
  if (video && !blocks.some((b) => b.type === 'video' && b.src === video.src)) {
    const { caption, credit } = video.credit ? { caption: fragmentText(video.caption), credit: video.credit } : splitCredit(fragmentText(video.caption));
    const poster = e.media.find((m) => m.kind === 'image');
    blocks.unshift({ type: 'video', src: resolveUrl(video.src, base), poster: poster ? resolveUrl(poster.src, base) : null, caption, credit });
  }
  if (!headline && !blocks.length) {
    warn('item has neither a title nor text; skipped');
    return null;
  }
  const [section = null, ...tags] = [...new Map(e.categories.map((c) => [compareKey(c), c])).values()];
  const meta: PageMetadata = {
    headline,
    deck,
    authors: e.authors.flatMap((a) => splitAuthors(a)),
    section,
    tags,
    publishedAt: dateOf(e.published, 'publication date', warn),
    modifiedAt: dateOf(e.updated, 'update date', warn),
    image: null,
    canonicalUrl: e.id ?? e.link,
    siteNames: [],
    ldBody: [],
  };
  const guessed: string[] = [];
  const draft = assembleArticle({ meta, lead: leadFrom(e.media.find((m) => m.kind === 'image'), base), blocks, bodyAuthors, bodySource }, guessed);
  for (const g of guessed) warn(g);
  return draft;
}
