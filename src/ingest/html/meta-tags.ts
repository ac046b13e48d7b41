/**
 * The page's own metadata outside JSON-LD: `<meta>` tags (OpenGraph `property`, `name`,
 * microdata `itemprop`), microdata on elements, `<link rel=canonical>`, `<title>`,
 * `<time datetime>` and tag links. Read once, in one pass over the relevant elements.
 */
import { blockText, type DomElement } from './dom.js';
import type { PageScan } from './page-scan.js';
import { cleanText, decodeEntities } from './text.js';

/** Meta values by lower-cased key (`og:title`, `author`, `article:tag`), in page order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** Every `<meta>` value by its property/name/itemprop key. */
export function readMetaTags(scan: PageScan): MetaTags {
  const map = new Map<string, string[]>();
  for (const meta of scan.metas) {
    const content = cleanText(decodeEntities(meta.getAttribute('content') ?? ''));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = map.get(key);
      if (list) list.push(content);
      else map.set(key, [content]);
    }
  }
  return map;
}

/** The first value of the first key present. */
export function firstMeta(meta: MetaTags, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k)?.[0];
    if (v) return v;
  }
  return null;
}

/** Microdata properties the importer reads from elements (not `<meta>`). */
export const MICRODATA_PROPS = ['headline', 'author', 'datePublished', 'dateModified', 'articleSection', 'description'] as const;
/** A microdata property name. */
export type MicrodataProp = (typeof MICRODATA_PROPS)[number];

// Beyond this, an "author" or "section" element is a container, not a value.
const MAX_MICRODATA_CHARS = 200;

function valueOf(el: DomElement): string {
  const v = el.getAttribute('content') ?? el.getAttribute('datetime');
  if (v !== null) return cleanText(v);
  // An author is often a Person scope whose name sits in a nested itemprop="name".
  const name = [...el.querySelectorAll('[itemprop]')].find((n) => n.getAttribute('itemprop') === 'name');
  return cleanText(blockText(name ?? el));
}

/** The first value of each microdata property found on elements other than `<meta>`. */
export function readMicrodata(scan: PageScan): Partial<Record<MicrodataProp, string>> {
  const out: Partial<Record<MicrodataProp, string>> = {};
  for (const el of scan.itemprops) {
    const props = (el.getAttribute('itemprop') ?? '').split(/\s+/);
    for (const p of props) {
      const prop = MICRODATA_PROPS.find((m) => m.toLowerCase() === p.toLowerCase());
      if (!prop || out[prop]) continue;
      const v = valueOf(el);
      if (v && v.length <= MAX_MICRODATA_CHARS) out[prop] = v;
    }
  }
  return out;
}

/** `<link rel=canonical>`'s address. */
export function canonicalLink(scan: PageScan): string | null {
  return cleanText(scan.canonical?.getAttribute('href')) || null;
}

/** The text of the first `<title>`. */
export function documentTitle(scan: PageScan): string | null {
  return cleanText(scan.title?.textContent) || null;
}

/** The first `<time datetime>` value in the page. */
export function firstTimeElement(scan: PageScan): string | null {
  for (const t of scan.times) {
    const v = cleanText(t.getAttribute('datetime'));
    if (v) return v;
  }
  return null;
}

// Tag links in prose are rare; in tag lists they are the norm, so cap their length.
const MAX_TAG_CHARS = 60;

/** Texts of `rel=tag` links (a page's own tag list), in order, without duplicates. */
export function tagLinks(scan: PageScan): string[] {
  const out: string[] = [];
  for (const a of scan.relLinks) {
    const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    // WordPress marks category links `rel="category tag"`: those are sections, not tags.
    if (!rel.includes('tag') || rel.includes('category')) continue;
    const t = cleanText(a.textContent);
    if (t && t.length <= MAX_TAG_CHARS && !out.includes(t)) out.push(t);
  }
  return out;
}
