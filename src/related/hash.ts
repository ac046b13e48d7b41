/**
 * Feature ids: a 31-bit FNV-1a hash of a feature's kind and text. 31 bits, not 32, so an id fits
 * a signed integer column in both stores; a few collisions among a million features cost a
 * cosine nothing measurable.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MASK_31 = 0x7fffffff;

/** FNV-1a over the UTF-16 code units of a string, from a seed (32-bit unsigned). */
export function fnv1a(text: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h >>> 0;
}

/** The kinds of feature an article profile counts; the kind keeps a tag from meeting a word. */
export type FeatureKind = 'gram' | 'term' | 'tag' | 'entity';

const PREFIX: Record<FeatureKind, string> = { gram: 'g\u0001', term: 't\u0001', tag: 'k\u0001', entity: 'e\u0001' };

/** The id of a feature: the same text under two kinds gives two ids. */
export function featureId(kind: FeatureKind, text: string): number {
  return fnv1a(PREFIX[kind] + text) & MASK_31;
}
