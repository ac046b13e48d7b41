/**
 * One walk over the whole page that gathers every element the metadata readers look at.
 * linkedom answers each querySelectorAll by matching every element again, so a dozen
 * selector queries cost a dozen walks; this costs one.
 */
import { attr, closest, walkElements, type DomDocument, type DomElement } from './dom.js';

/** The elements metadata comes from, in document order. */
export interface PageScan {
  metas: DomElement[];
  jsonLd: DomElement[];
  canonical: DomElement | null;
  title: DomElement | null;
  /** `<time datetime>` elements. */
  times: DomElement[];
  /** Elements (other than `<meta>`) with an `itemprop`. */
  itemprops: DomElement[];
  /** `<h1>`s, each with whether it sits inside `<article>`/`<main>`. */
  h1s: Array<{ el: DomElement; inArticle: boolean }>;
  /** Elements with a class (read once, lower-cased) or a rel: deck and byline candidates. */
  classed: Array<{ el: DomElement; cls: string; rel: string }>;
  /** `<a rel=…>` links. */
  relLinks: DomElement[];
}

const CONTEXT_TAGS = new Set(['article', 'main']);

/** Scans the document once. */
export function scanPage(doc: DomDocument): PageScan {
  const scan: PageScan = { metas: [], jsonLd: [], canonical: null, title: null, times: [], itemprops: [], h1s: [], classed: [], relLinks: [] };
  const root = doc.documentElement;
  if (!root) return scan;
  walkElements(root, (el) => {
    switch (el.localName) {
      case 'meta':
        scan.metas.push(el);
        return 'skip';
      case 'script':
        if (/ld\+json/i.test(el.getAttribute('type') ?? '')) scan.jsonLd.push(el);
        return 'skip';
      case 'link':
        if (!scan.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) scan.canonical = el;
        return 'skip';
      case 'title':
        scan.title ??= el;
        return 'skip';
      case 'time':
        if (el.hasAttribute('datetime')) scan.times.push(el);
        break;
      case 'h1':
        scan.h1s.push({ el, inArticle: closest(el, CONTEXT_TAGS) !== null });
        break;
      case 'a':
        if (el.hasAttribute('rel')) scan.relLinks.push(el);
        break;
    }
    if (el.hasAttribute('itemprop')) scan.itemprops.push(el);
    // linkedom rebuilds the class string on every read, so it is read here once per element.
    const cls = attr(el, 'class');
    const rel = el.getAttribute('rel');
    if (cls || rel) scan.classed.push({ el, cls: (cls ?? '').toLowerCase(), rel: (rel ?? '').toLowerCase() });
    return 'enter';
  });
  return scan;
}
