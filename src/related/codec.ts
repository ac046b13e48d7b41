import type { StoredProfile } from '../store/related/types.js';
import { decodeSignature, encodeSignature } from './minhash.js';
import { decodeVector, encodeVector } from './sparse.js';
import type { Profile } from './weigh.js';

/** A profile as the store keeps it. */
export function toStored(p: Profile): StoredProfile {
  return {
    articleId: p.id,
    publishedAt: p.publishedAt === null ? null : new Date(p.publishedAt).toISOString(),
    sectionId: p.sectionId,
    title: encodeVector(p.title),
    content: encodeVector(p.content),
    tags: encodeVector(p.tags),
    entities: encodeVector(p.entities),
    minhash: encodeSignature(p.minhash),
    hasBody: p.hasBody,
    hub: p.hub,
    hubTop: floatsToBytes(p.hubTop),
    poolCount: p.books.poolCount,
    poolFloor: p.books.poolFloor,
    listFloor: p.books.listFloor,
  };
}

/** Float32 values as little-endian bytes. */
export function floatsToBytes(values: Float32Array): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setFloat32(4 * i, v, true));
  return out;
}

/** Bytes written by `floatsToBytes`. */
export function bytesToFloats(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: Math.floor(bytes.length / 4) }, (_, i) => view.getFloat32(4 * i, true));
}

/** A stored profile, ready to compare. */
export function fromStored(s: StoredProfile): Profile {
  return {
    id: s.articleId,
    publishedAt: s.publishedAt ? Date.parse(s.publishedAt) : null,
    sectionId: s.sectionId,
    title: decodeVector(s.title),
    content: decodeVector(s.content),
    tags: decodeVector(s.tags),
    entities: decodeVector(s.entities),
    minhash: decodeSignature(s.minhash),
    hasBody: s.hasBody,
    hub: s.hub,
    hubTop: bytesToFloats(s.hubTop),
    books: { poolCount: s.poolCount, poolFloor: s.poolFloor, listFloor: s.listFloor },
  };
}
