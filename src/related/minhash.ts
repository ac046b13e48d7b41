import { fnv1a } from './hash.js';

/**
 * Near-duplicate detection by MinHash over word shingles (Broder's resemblance): two texts'
 * signatures agree in a slot with the probability that their shingle sets' Jaccard index
 * gives. 128 slots put the standard error near 0.044 at a resemblance of 0.5.
 */

/** Slots per signature. */
export const MINHASH_SLOTS = 128;
/** Words per shingle: three keeps a one-word edit from hiding a copy, yet two unrelated texts share few. */
export const SHINGLE_WORDS = 3;

/** The distinct shingles of a word sequence (a text shorter than a shingle is one shingle). */
export function shingles(words: readonly string[], size = SHINGLE_WORDS): Set<string> {
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length <= size) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

/** Mixes a 32-bit hash with a slot's seed (an xorshift-multiply finaliser), one permutation per slot. */
function permute(h: number, slot: number): number {
  let x = (h ^ Math.imul(slot + 1, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** The MinHash signature of a shingle set; an empty set gives an all-max signature that matches nothing. */
export function signature(set: ReadonlySet<string>, slots = MINHASH_SLOTS): Uint32Array {
  const sig = new Uint32Array(slots).fill(0xffffffff);
  for (const s of set) {
    const h = fnv1a(s);
    for (let k = 0; k < slots; k++) {
      const v = permute(h, k);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** The estimated Jaccard resemblance of two signatures (0 when either text was empty). */
export function resemblance(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0 || a[0] === 0xffffffff || b[0] === 0xffffffff) return 0;
  let same = 0;
  for (let k = 0; k < n; k++) if (a[k] === b[k]) same++;
  return same / n;
}

/** A signature as bytes (little-endian uint32s). */
export function encodeSignature(sig: Uint32Array): Uint8Array {
  const out = new Uint8Array(sig.length * 4);
  const view = new DataView(out.buffer);
  sig.forEach((v, i) => view.setUint32(4 * i, v, true));
  return out;
}

/** Reads a signature written by `encodeSignature`. */
export function decodeSignature(bytes: Uint8Array | null | undefined): Uint32Array {
  if (!bytes || bytes.length % 4 !== 0) return new Uint32Array(0);
  // A fresh copy, never `bytes.slice()`: on a driver's pooled Buffer that is a view, and its `.buffer` is the whole pool.
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] === 1) return new Uint32Array(new Uint8Array(bytes).buffer);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(4 * i, true);
  return out;
}
