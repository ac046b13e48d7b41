/**
 * Which elements the metadata readers (page-scan.ts and the readers after it) look at, so
 * that cutting furniture out of the markup before the full parse (prefilter.ts) keeps them
 * for metadata: `<meta>`, JSON-LD, canonical links, `<title>`, the first dated `<time>`, `<h1>`,
 * microdata properties, tag and author links, and deck and byline elements. A reader that
 * starts looking at another kind of element must be listed here too (the prefilter test
 * compares metadata read with and without the cut).
 */
import { attr, walkElements, type DomNode, type TreeElement } from './dom.js';
import { MICRODATA_PROPS } from './meta-tags.js';
import { BYLINE_CLASS_RE, DECK_CLASS_RE, DECK_TAGS } from './page-probes.js';
import { hasVisibleText } from './text.js';

const MICRODATA_KEYS = new Set(MICRODATA_PROPS.map((p) => p.toLowerCase()));
const LD_JSON_RE = /ld\+json/i;
const CANONICAL_RE = /(?:^|\s)canonical(?:\s|$)/i;
const REL_READ_RE = /(?:^|\s)(?:tag|author)(?:\s|$)/;

/**
 * The first `<time>` whose `datetime` has text: the only one metadata reads (cards of other
 * articles carry dozens, and keeping them all would rebuild much of what the cut saves).
 */
function firstDatedTime(root: DomNode): TreeElement | null {
  let found: TreeElement | null = null;
  walkElements<TreeElement>(root, (el) => {
    if (el.localName !== 'time' || !hasVisibleText(el.getAttribute('datetime') ?? '')) return 'enter';
    found = el;
    return 'stop';
  });
  return found;
}

/** Whether metadata extraction may read an element (or something inside it), for the page under `root`. */
export function metadataTest(root: DomNode): (el: TreeElement) => boolean {
  const dated = firstDatedTime(root);
  return (el) => isMetadataElement(el, dated);
}

/** Whether metadata extraction may read this element, given the page's first dated `<time>`. */
function isMetadataElement(el: TreeElement, datedTime: TreeElement | null): boolean {
  switch (el.localName) {
    case 'meta':
    case 'title':
    case 'h1':
      return true;
    case 'script':
      return LD_JSON_RE.test(el.getAttribute('type') ?? '');
    case 'link':
      return CANONICAL_RE.test(el.getAttribute('rel') ?? '');
    case 'time':
      if (el === datedTime) return true;
  }
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && itemprop.split(/\s+/).some((p) => MICRODATA_KEYS.has(p.toLowerCase()))) return true;
  const rel = el.getAttribute('rel');
  if (rel && REL_READ_RE.test(rel.toLowerCase())) return true;
  const cls = attr(el, 'class');
  if (!cls) return false;
  const lower = cls.toLowerCase();
  return BYLINE_CLASS_RE.test(lower) || (DECK_TAGS.has(el.localName) && DECK_CLASS_RE.test(lower));
}
