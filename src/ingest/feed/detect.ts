/**
 * Format sniffing by content, for callers that must choose a parser without trusting a
 * file name: a feed is XML whose root element is `rss`, `feed` or `rdf:RDF`.
 */

// The root element comes after at most a declaration, comments and a doctype.
const HEAD_BYTES = 4096;
const PROLOG_RE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i;
const FEED_ROOT_RE = /^<(?:rss|feed|rdf:RDF)[\s>/]/;

/** Whether the input starts like an RSS or Atom feed. */
export function looksLikeFeed(input: Uint8Array | string): boolean {
  const head =
    typeof input === 'string'
      ? input.slice(0, HEAD_BYTES)
      : Buffer.from(input.buffer, input.byteOffset, Math.min(input.byteLength, HEAD_BYTES)).toString('latin1');
  // UTF-8 and UTF-16 byte-order marks, as latin1 or as a decoded character.
  const text = head.replace(/^(?:\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE|\uFEFF)/, '').replace(/\u0000/g, '');
  return FEED_ROOT_RE.test(text.replace(PROLOG_RE, ''));
}
