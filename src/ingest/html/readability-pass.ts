/**
 * The readability pass: Mozilla's Readability picks the article's main content out of the
 * (already pruned) page. It mutates the document it is given and returns the content as a
 * DOM subtree (serializer: identity), which the block converter then reads. Pages it cannot
 * handle (too deep for its recursive passes, too large to score in time) are refused up
 * front, and any exception it throws becomes a reason the caller reports before falling back.
 */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.js';
import { VIDEO_SRC_RE } from './video-rules.js';

/** What readability found: the content subtree, its plain text, and the byline it spotted. */
export interface ReadabilityResult {
  root: DomElement;
  textContent: string;
  byline: string | null;
}

// Readability's own default is 500 characters, below which it retries with looser rules,
// re-parsing the page each time; short news items are common, so accept them earlier.
const CHAR_THRESHOLD = 250;

/** Runs readability over a document (mutating it): its result, or why there is none. */
export function runReadability(doc: DomDocument): ReadabilityResult | { failed: string } {
  try {
    // Readability is typed against the browser DOM; linkedom's document is compatible at run time.
    const reader = new Readability<DomElement>(doc as never, {
      disableJSONLD: true,
      keepClasses: true,
      charThreshold: CHAR_THRESHOLD,
      allowedVideoRegex: VIDEO_SRC_RE,
      serializer: (node) => node as unknown as DomElement,
    });
    const r = reader.parse();
    if (!r?.content) return { failed: 'readability found no article content' };
    return { root: r.content, textContent: r.textContent ?? '', byline: r.byline ?? null };
  } catch (e) {
    return { failed: `readability failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
