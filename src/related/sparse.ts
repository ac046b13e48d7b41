/**
 * Sparse vectors over feature ids: sorted ids with float weights, L2-normalised, so the dot
 * product of two is their cosine. Stored as bytes: a count, the ids, then the weights.
 */

/** Whether this machine stores numbers little-endian, as the encoding does. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A sparse vector: ids ascending, one weight per id. */
export interface SparseVector {
  readonly ids: Uint32Array;
  readonly weights: Float32Array;
}

/** The vector with no features. */
export const EMPTY_VECTOR: SparseVector = { ids: new Uint32Array(0), weights: new Float32Array(0) };

/**
 * Weighs counts into a unit vector: (1 + ln tf) × idf^power, keeping the `keep` heaviest
 * features (all when 0). A softer idf (power below 1) suits short texts, where a common gram
 * still carries meaning; `idf` maps a feature id to its inverse document frequency.
 */
export function weigh(counts: Iterable<readonly [number, number]>, idf: (id: number) => number, power = 1, keep = 0): SparseVector {
  let entries: Array<[number, number]> = [];
  for (const [id, tf] of counts) {
    if (tf <= 0) continue;
    const w = (1 + Math.log(tf)) * Math.pow(idf(id), power);
    if (w > 0) entries.push([id, w]);
  }
  if (keep > 0 && entries.length > keep) {
    // Heaviest first, ties by id so the cut never depends on map order.
    entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    entries = entries.slice(0, keep);
  }
  entries.sort((a, b) => a[0] - b[0]);
  let norm = 0;
  for (const [, w] of entries) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm === 0) return EMPTY_VECTOR;
  return { ids: Uint32Array.from(entries, (e) => e[0]), weights: Float32Array.from(entries, (e) => e[1] / norm) };
}

/** The dot product of two vectors (their cosine, as both are unit vectors): a merge of sorted ids. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The heaviest `n` ids of a vector, heaviest first. */
export function topIds(v: SparseVector, n: number): number[] {
  return [...v.ids.keys()]
    .sort((a, b) => v.weights[b]! - v.weights[a]! || v.ids[a]! - v.ids[b]!)
    .slice(0, n)
    .map((i) => v.ids[i]!);
}

/** A vector as bytes: uint32 count, uint32 ids, float32 weights (little-endian). */
export function encodeVector(v: SparseVector): Uint8Array {
  const n = v.ids.length;
  const out = new Uint8Array(4 + 8 * n);
  const view = new DataView(out.buffer);
  view.setUint32(0, n, true);
  for (let i = 0; i < n; i++) {
    view.setUint32(4 + 4 * i, v.ids[i]!, true);
    view.setFloat32(4 + 4 * n + 4 * i, v.weights[i]!, true);
  }
  return out;
}

/** Reads a vector written by `encodeVector`; anything malformed reads as the empty vector. */
export function decodeVector(bytes: Uint8Array | null | undefined): SparseVector {
  if (!bytes || bytes.length < 4) return EMPTY_VECTOR;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(0, true);
  if (bytes.length !== 4 + 8 * n) return EMPTY_VECTOR;
  if (LITTLE_ENDIAN) {
    // One copy into aligned memory, then typed views: no per-value decoding on the hot path. The
    // copy is made through the Uint8Array constructor: a driver's Buffer `slice` is a view into a
    // shared pool (pg's are), whose `.buffer` holds other rows' bytes at other offsets.
    const copy = new Uint8Array(bytes.subarray(4)).buffer;
    return { ids: new Uint32Array(copy, 0, n), weights: new Float32Array(copy, 4 * n, n) };
  }
  const ids = new Uint32Array(n);
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    ids[i] = view.getUint32(4 + 4 * i, true);
    weights[i] = view.getFloat32(4 + 4 * n + 4 * i, true);
  }
  return { ids, weights };
}
