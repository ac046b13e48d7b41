/**
 * Word clusters learnt from unlabelled sentences: words that stand in the same company (their
 * left and right neighbours) fall in one cluster, so a name the tagger never saw in training
 * still looks like the names it did see («قال X ان»). Each word is a vector of positive PMI with
 * its frequent neighbours; spherical k-means groups them. Pure and deterministic.
 */

/** How the clusters are learnt. */
export interface ClusterOptions {
  /** Number of clusters. */
  readonly k: number;
  /** Words seen fewer times get no cluster: too few contexts to place them. */
  readonly minCount: number;
  /** Neighbours are counted among this many most frequent words; others are not contexts. */
  readonly contexts: number;
  /** Rounds of k-means. */
  readonly rounds: number;
}

/** Defaults sized for a corpus of about a million tokens (the build half and the ANT articles). */
export const CLUSTER_DEFAULTS: ClusterOptions = { k: 100, minCount: 5, contexts: 500, rounds: 12 };

type Sparse = { idx: Int32Array; val: Float64Array };

function counts(sentences: readonly (readonly string[])[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sentences) for (const w of s) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** Each word's PPMI vector over (side, context word), L2-normalised. */
function vectors(sentences: readonly (readonly string[])[], vocab: Map<string, number>, ctx: Map<string, number>): Sparse[] {
  const dims = ctx.size * 2;
  const raw = Array.from({ length: vocab.size }, () => new Map<number, number>());
  const dimTotal = new Float64Array(dims);
  let total = 0;
  for (const s of sentences) {
    s.forEach((w, i) => {
      const v = vocab.get(w);
      if (v === undefined) return;
      const left = ctx.get(s[i - 1] ?? '^');
      const right = ctx.get(s[i + 1] ?? '$');
      for (const d of [left, right === undefined ? undefined : right + ctx.size]) {
        if (d === undefined) continue;
        raw[v]!.set(d, (raw[v]!.get(d) ?? 0) + 1);
        dimTotal[d]!++;
        total++;
      }
    });
  }
  return raw.map((m) => {
    const rowTotal = [...m.values()].reduce((a, b) => a + b, 0);
    const entries = [...m.entries()]
      .map(([d, n]) => [d, Math.log((n * total) / (rowTotal * dimTotal[d]!))] as const)
      .filter(([, x]) => x > 0);
    const norm = Math.sqrt(entries.reduce((a, [, x]) => a + x * x, 0)) || 1;
    return { idx: Int32Array.from(entries.map(([d]) => d)), val: Float64Array.from(entries.map(([, x]) => x / norm)) };
  });
}

function dot(v: Sparse, c: Float64Array): number {
  let s = 0;
  for (let j = 0; j < v.idx.length; j++) s += v.val[j]! * c[v.idx[j]!]!;
  return s;
}

/** Spherical k-means: each word's cluster index. Seeds are words spread over the frequency ranks. */
function kmeans(vs: readonly Sparse[], dims: number, k: number, rounds: number): Int32Array {
  const assign = new Int32Array(vs.length);
  const centroids = Array.from({ length: k }, (_, c) => {
    const out = new Float64Array(dims);
    const seed = vs[Math.floor((c * vs.length) / k)]!;
    seed.idx.forEach((d, j) => (out[d] = seed.val[j]!));
    return out;
  });
  for (let r = 0; r < rounds; r++) {
    vs.forEach((v, i) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(v, centroids[c]!);
        if (s > bestScore) [best, bestScore] = [c, s];
      }
      assign[i] = best;
    });
    for (const c of centroids) c.fill(0);
    vs.forEach((v, i) => v.idx.forEach((d, j) => (centroids[assign[i]!]![d]! += v.val[j]!)));
    for (const c of centroids) {
      const norm = Math.sqrt(c.reduce((a, x) => a + x * x, 0)) || 1;
      for (let d = 0; d < dims; d++) c[d]! /= norm;
    }
  }
  return assign;
}

/** A cluster index for every word seen at least `minCount` times in the sentences. */
export function wordClusters(sentences: readonly (readonly string[])[], options: ClusterOptions = CLUSTER_DEFAULTS): Map<string, number> {
  const freq = [...counts(sentences).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctx = new Map(freq.slice(0, options.contexts).map(([w], i) => [w, i]));
  ctx.set('^', ctx.size).set('$', ctx.size);
  const words = freq.filter(([, n]) => n >= options.minCount).map(([w]) => w);
  const vocab = new Map(words.map((w, i) => [w, i]));
  const assign = kmeans(vectors(sentences, vocab, ctx), ctx.size * 2, Math.min(options.k, words.length), options.rounds);
  return new Map(words.map((w, i) => [w, assign[i]!]));
}
