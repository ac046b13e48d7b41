import type { WeightedFeature } from '../../store/related/types.js';

/**
 * The signature index in memory, for a rebuild: the same postings the store keeps, and the
 * same candidate query (sum of weight products, best first, ties by id), over array positions.
 */
export class InvertedSignatures {
  private readonly lists = new Map<number, { at: number[]; w: number[] }>();

  /** Adds the signature of the article at position `at`. */
  add(at: number, signature: readonly WeightedFeature[]): void {
    for (const f of signature) {
      let list = this.lists.get(f.feature);
      if (!list) this.lists.set(f.feature, (list = { at: [], w: [] }));
      list.at.push(at);
      list.w.push(f.weight);
    }
  }

  /**
   * The best `limit` positions for a query (never `self`); `ids` gives each position's article
   * id for the tie-break, `scratch` is a zeroed accumulator as long as the collection.
   */
  candidates(query: readonly WeightedFeature[], self: number, limit: number, ids: ArrayLike<number>, scratch: Float64Array): number[] {
    const touched: number[] = [];
    for (const q of new Map(query.map((f) => [f.feature, f.weight]))) {
      const list = this.lists.get(q[0]);
      if (!list) continue;
      for (let i = 0; i < list.at.length; i++) {
        const at = list.at[i]!;
        if (at === self) continue;
        if (scratch[at] === 0) touched.push(at);
        scratch[at]! += list.w[i]! * q[1];
      }
    }
    const scored = touched.map((at) => ({ at, s: scratch[at]! }));
    for (const at of touched) scratch[at] = 0;
    scored.sort((a, b) => b.s - a.s || ids[a.at]! - ids[b.at]!);
    return scored.slice(0, limit).map((x) => x.at);
  }
}
