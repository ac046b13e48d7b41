import { normalize } from '../../src/arabic/normalize.js';

/** Words per shingle of the bench's own duplicate test (independent of the engine's MinHash estimate). */
const SHINGLE = 3;
/** Exact Jaccard resemblance of word shingles from which two texts count as near duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.5;

/** The word 3-shingles of a text, after Arabic normalisation (so spelling variants still meet). */
export function shingleSet(text: string): Set<string> {
  const words = normalize(text).split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  if (words.length <= SHINGLE) out.add(words.join(' '));
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * Whether two texts are exact or near duplicates, by exact Jaccard over shingles: the bench
 * judges the engine's filter with its own, slower and exact, measure rather than the engine's.
 */
export function nearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared) >= NEAR_DUPLICATE_JACCARD;
}
