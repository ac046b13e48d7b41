/**
 * The lead image: the first figure (or captioned image) that comes before the article's
 * first paragraph of prose. It is taken out of the page before readability runs, because
 * readability often drops it as a sibling of the text it chose, and Midad keeps it apart
 * from the body (`leadImage`).
 */
import { attr, walkElements, type DomElement } from './dom.js';
import { figureToBlock, isCaptionedImage, type ImageBlockOut } from './figure.js';

// A paragraph this long is prose: a figure after it is inside the body, not the lead.
const PROSE_CHARS = 80;
const FIGURE_CLASS_RE = /(?:^|[-_\s])(?:wp-caption|post-thumbnail|featured-image|lead-image|main-image|article-image|hero-image)(?:[-_\s]|$)/i;

/** Removes the lead figure from under `root` and returns it as an image block, or null. */
export function takeLeadFigure(root: DomElement, baseUrl: string | null): ImageBlockOut | null {
  let found: DomElement | null = null;
  walkElements(root, (el) => {
    const tag = el.localName;
    if (tag === 'p' && (el.textContent ?? '').trim().length >= PROSE_CHARS) return 'stop';
    const figureLike = tag === 'figure' || (FIGURE_CLASS_RE.test(attr(el, 'class') ?? '') && isCaptionedImage(el));
    if (!figureLike) return 'enter';
    found = el;
    return 'stop';
  });
  if (!found) return null;
  const el: DomElement = found;
  const block = figureToBlock(el, baseUrl);
  if (block?.type !== 'image') return null;
  el.remove();
  return block;
}
