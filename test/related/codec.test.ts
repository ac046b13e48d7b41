import { describe, expect, it } from 'vitest';
import { decodeSignature, encodeSignature } from '../../src/related/minhash.js';
import { decodeVector, encodeVector } from '../../src/related/sparse.js';

/** Bytes as the pg driver hands them back: a Buffer viewing a slab it shares with other rows. */
function pooled(bytes: Uint8Array): Buffer {
  const slab = Buffer.alloc(bytes.length + 64, 0xab);
  Buffer.from(bytes).copy(slab, 24);
  return slab.subarray(24, 24 + bytes.length);
}

describe('stored vectors and signatures', () => {
  const v = { ids: Uint32Array.from([3, 17, 90]), weights: Float32Array.from([0.6, 0.64, 0.48]) };

  it('round-trip', () => {
    expect(decodeVector(encodeVector(v))).toEqual(v);
    expect(decodeSignature(encodeSignature(Uint32Array.from([5, 6])))).toEqual(Uint32Array.from([5, 6]));
  });

  // Regression: PostgreSQL rows decoded as empty vectors (every text similarity 0) because a Buffer's slice is a view.
  it('decode from a pooled driver Buffer', () => {
    expect(decodeVector(pooled(encodeVector(v)))).toEqual(v);
    expect(decodeSignature(pooled(encodeSignature(Uint32Array.from([7, 8, 9]))))).toEqual(Uint32Array.from([7, 8, 9]));
  });

  it('read anything malformed as empty', () => {
    expect(decodeVector(Uint8Array.from([1, 0, 0, 0])).ids.length).toBe(0);
    expect(decodeVector(null).ids.length).toBe(0);
  });
});
