/**
 * HTML fragments (a feed item's `content:encoded`, an Atom `summary`) through the same
 * path as page bodies, minus readability (a fragment is already the article): parse,
 * boilerplate filter, DOM→blocks, tidy. Also plain text out of a fragment, for titles.
 */
import { pruneBoilerplate } from './boilerplate.js';
import { blockText } from './dom.js';
import { parseMarkup } from './load-document.js';
import { cleanText, decodeEntities } from './text.js';
import { domToBlocks } from './to-blocks.js';
import { tidyBlocks, type TidyResult } from './tidy-blocks.js';

/** Blocks of an HTML fragment, cleaned against the headline and deck, with writers and source found in its lines. */
export function fragmentToBlocks(html: string, options: { baseUrl: string | null; headline: string | null; deck: string | null }): TidyResult {
  const none: TidyResult = { blocks: [], authors: [], source: null };
  if (!html.trim()) return none;
  const body = parseMarkup(`<body>${html}</body>`).body;
  if (!body) return none;
  pruneBoilerplate(body);
  return tidyBlocks(domToBlocks(body, { baseUrl: options.baseUrl }), options.headline, options.deck);
}

/** The plain text of an HTML fragment (entities decoded, tags dropped, blocks separated). */
export function fragmentText(html: string): string {
  if (!html.includes('<')) return cleanText(decodeEntities(html));
  return cleanText(blockText(parseMarkup(`<body>${html}</body>`).body));
}
