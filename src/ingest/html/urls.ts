/**
 * Media addresses as pages write them: lazy-loading attributes, srcset lists, relative
 * paths. Resolved against the page's address when it is known; data: and javascript:
 * addresses are placeholders or worse, never media.
 */
import type { DomElement } from './dom.js';

/** Attributes lazy loaders keep the real address in, most specific first. */
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'src'];
const SRCSET_ATTRS = ['data-srcset', 'srcset'];
const MAX_URL_CHARS = 2048;
const BAD_SCHEME_RE = /^\s*(?:data|javascript|about|blob):/i;

/** An address made absolute against `base` when possible, or null when it is not usable. */
export function resolveUrl(raw: string | null | undefined, base: string | null): string | null {
  const v = (raw ?? '').trim();
  if (!v || BAD_SCHEME_RE.test(v) || v.length > MAX_URL_CHARS) return null;
  if (base) {
    try {
      const u = new URL(v, base).href;
      return u.length <= MAX_URL_CHARS ? u : null;
    } catch {
      return null;
    }
  }
  return v.startsWith('//') ? `https:${v}` : v;
}

/** The first candidate of a srcset list. */
function firstOfSrcset(srcset: string): string | null {
  const first = srcset.split(',')[0]?.trim().split(/\s+/)[0];
  return first || null;
}

/** The real address of an `<img>`/`<source>`/`<video>`, looking past lazy-loading placeholders. */
export function mediaSrc(el: DomElement, base: string | null): string | null {
  for (const a of SRC_ATTRS) {
    const u = resolveUrl(el.getAttribute(a), base);
    if (u) return u;
  }
  for (const a of SRCSET_ATTRS) {
    const s = el.getAttribute(a);
    const u = s ? resolveUrl(firstOfSrcset(s), base) : null;
    if (u) return u;
  }
  return null;
}

/** A positive integer attribute (width, height) within the schema's bounds. */
export function dimension(el: DomElement, name: string): number | undefined {
  const n = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isInteger(n) && n > 0 && n <= 20000 ? n : undefined;
}
