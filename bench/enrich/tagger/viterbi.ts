/**
 * First-order Viterbi decoding: the best sequence of tags under a score that sums, over the
 * positions, what a tag is worth there given the tag before it. Pure; the tagger supplies the
 * scores (its perceptron's) and the rule of which tag may follow which (BIO).
 */

/** Score of tag `cur` at position `i` after tag `prev` (-1 before the first position). */
export type EdgeScore = (i: number, prev: number, cur: number) => number;

/** Whether tag `cur` may follow tag `prev` (-1 before the first position). */
export type Allowed = (prev: number, cur: number) => boolean;

/** The highest-scoring allowed sequence of `length` tags among `tags` classes. */
export function viterbi(length: number, tags: number, score: EdgeScore, allowed: Allowed): number[] {
  if (length === 0) return [];
  // best[i][t]: the best total of a sequence ending in t at i; back[i][t]: its tag at i - 1.
  const best: Float64Array[] = [];
  const back: Int32Array[] = [];
  for (let i = 0; i < length; i++) {
    const row = new Float64Array(tags).fill(-Infinity);
    const from = new Int32Array(tags).fill(-1);
    for (let cur = 0; cur < tags; cur++) {
      if (i === 0) {
        if (allowed(-1, cur)) row[cur] = score(0, -1, cur);
        continue;
      }
      const last = best[i - 1]!;
      for (let prev = 0; prev < tags; prev++) {
        if (last[prev] === -Infinity || !allowed(prev, cur)) continue;
        const s = last[prev]! + score(i, prev, cur);
        if (s > row[cur]!) {
          row[cur] = s;
          from[cur] = prev;
        }
      }
    }
    best.push(row);
    back.push(from);
  }
  const end = best[length - 1]!;
  let t = 0;
  for (let c = 1; c < tags; c++) if (end[c]! > end[t]!) t = c;
  const out = new Array<number>(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = t;
    t = back[i]![t]!;
  }
  return out;
}
