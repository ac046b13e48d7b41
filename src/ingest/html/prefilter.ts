/**
 * The prefilter: the boilerplate filter runs on a light parse of the page (light-parse.ts),
 * and what it removes is cut out of the markup (cut-markup.ts) before the full DOM is built.
 * Furniture is most of a news page, and building linkedom nodes for it was most of the cost
 * of an import; the tree that comes out is the one the filter would have left in the full
 * DOM, so readability and everything after it see the same page.
 */
import { pruneBoilerplate, type PruneReport } from './boilerplate.js';
import { cutMarkup } from './cut-markup.js';
import { LightText, type LightNode, type MarkupText } from './light-dom.js';
import { parseLight } from './light-parse.js';
import { metadataTest } from './metadata-elements.js';
import { hasVisibleText } from './text.js';

/** The cut markup, what the filter did, and whether the page has any text. */
export interface Prefiltered {
  markup: string;
  report: PruneReport;
  /** Whether the body had readable text before anything was cut. */
  hasText: boolean;
}

/** Whether any text node under `root` holds a character cleanText keeps. */
function hasTextBelow(root: LightNode): boolean {
  let node: LightNode | null = root.firstChild;
  while (node) {
    if (node instanceof LightText) {
      if (hasVisibleText(node.textContent)) return true;
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

/**
 * Runs the boilerplate filter on framed markup (see prepareMarkup) and cuts what it removed.
 * The markup may be a page's bytes read as Latin-1, with `text` to decode pieces of it; the
 * cut markup is then in the same form.
 */
export function prefilterMarkup(framed: string, text?: MarkupText): Prefiltered {
  const light = parseLight(framed, text);
  const body = light.body;
  if (!body) return { markup: framed, report: { removed: {}, elements: 0, maxDepth: 0, deepest: null }, hasText: false };
  const hasText = hasTextBelow(body);
  // Before the filter runs: what metadata reads is judged on the whole page.
  const isMetadata = metadataTest(light);
  const report = pruneBoilerplate(body);
  return { markup: cutMarkup(framed, light.removed, isMetadata), report, hasText };
}
