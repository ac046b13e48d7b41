/**
 * Reading values out of the parsed XML tree: an element is a string, or an object with
 * `#text` and `@_` attributes, or a list of those. Raw item bodies (stop nodes) come back
 * exactly as written, so they are decoded here: CDATA sections are unwrapped, and outside
 * them XML character references are decoded once; what results is HTML.
 */
import { decodeEntities } from '../html/text.js';
import type { XmlNode } from './xml.js';

const isNode = (v: unknown): v is XmlNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An element's occurrences as a list (absent → []). */
export function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** The first occurrence of a repeated element. */
export function first(v: unknown): unknown {
  return list(v)[0];
}

/** A child element of a node. */
export function child(node: unknown, name: string): unknown {
  return isNode(node) ? node[name] : undefined;
}

/** The text of an element (its `#text` when it has attributes), or ''. */
export function textOf(v: unknown): string {
  const x = first(v);
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (isNode(x) && x['#text'] !== undefined) return textOf(x['#text']);
  return '';
}

/** An attribute of an element, or null. */
export function attrOf(v: unknown, name: string): string | null {
  const x = first(v);
  const a = isNode(x) ? x[`@_${name}`] : undefined;
  return typeof a === 'string' ? a : typeof a === 'number' ? String(a) : null;
}

const CDATA_RE = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;

/** A raw element body as HTML: CDATA unwrapped, character references outside CDATA decoded. */
export function rawHtml(raw: string): string {
  if (!raw.includes('<![CDATA[')) return decodeEntities(raw);
  let out = '';
  let pos = 0;
  CDATA_RE.lastIndex = 0;
  for (let m = CDATA_RE.exec(raw); m; m = CDATA_RE.exec(raw)) {
    out += decodeEntities(raw.slice(pos, m.index)) + (m[1] ?? '');
    pos = CDATA_RE.lastIndex;
    if (m[0].length === 0) CDATA_RE.lastIndex++;
  }
  return out + decodeEntities(raw.slice(pos));
}
