import type { Counts, RawProfile } from '../profile.js';

/** Counts packed into two typed arrays: a rebuild holds every article's counts at once. */
export class PackedCounts implements Iterable<readonly [number, number]> {
  private constructor(
    readonly ids: Uint32Array,
    readonly counts: Float32Array,
  ) {}

  /** Packs counts. */
  static of(counts: Counts): PackedCounts {
    const entries = [...counts];
    return new PackedCounts(Uint32Array.from(entries, (e) => e[0]), Float32Array.from(entries, (e) => e[1]));
  }

  *[Symbol.iterator](): Iterator<readonly [number, number]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i]!, this.counts[i]!];
  }
}

/** A raw profile with its counts packed. */
export function packRaw(raw: RawProfile): RawProfile {
  return {
    title: PackedCounts.of(raw.title),
    content: PackedCounts.of(raw.content),
    tags: PackedCounts.of(raw.tags),
    entities: PackedCounts.of(raw.entities),
    minhash: raw.minhash,
    hasBody: raw.hasBody,
  };
}
