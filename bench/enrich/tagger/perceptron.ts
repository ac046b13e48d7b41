/**
 * An averaged perceptron over sparse string features, for a handful of classes: the learner of
 * the bench's configuration D. Weights live only in memory, learnt at run time from the build
 * half; nothing is saved or shipped. The caller decides what one step is (a token, or a whole
 * sentence for a structured perceptron) and calls `tick()` after each.
 */

/** A multiclass averaged perceptron with explicit updates. */
export class Perceptron {
  private readonly weights = new Map<string, Float64Array>();
  /** Running sums for averaging, and when each weight last changed. */
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;

  constructor(readonly classes: number) {}

  /** Scores of every class for a set of features, added into `out` (a fresh array if none). */
  scores(features: readonly string[], out = new Float64Array(this.classes)): Float64Array {
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let c = 0; c < this.classes; c++) out[c]! += w[c]!;
    }
    return out;
  }

  /** The best class among the allowed ones. */
  best(features: readonly string[], allowed: (c: number) => boolean = () => true): number {
    const s = this.scores(features);
    let best = -1;
    for (let c = 0; c < this.classes; c++) if (allowed(c) && (best < 0 || s[c]! > s[best]!)) best = c;
    return best;
  }

  private row(map: Map<string, Float64Array>, f: string): Float64Array {
    let r = map.get(f);
    if (!r) map.set(f, (r = new Float64Array(this.classes)));
    return r;
  }

  /** Adds `delta` to the weight of every feature for class `c`. */
  add(features: readonly string[], c: number, delta: number): void {
    for (const f of features) {
      const w = this.row(this.weights, f);
      const total = this.row(this.totals, f);
      const stamp = this.row(this.stamps, f);
      total[c]! += (this.instances - stamp[c]!) * w[c]!;
      stamp[c] = this.instances;
      w[c]! += delta;
    }
  }

  /** Ends one step: the weights as they stand count once more in the average. */
  tick(): void {
    this.instances++;
  }

  /** One multiclass step: moves weights from the guess to the truth when they differ. */
  update(features: readonly string[], truth: number, guess: number): void {
    this.tick();
    if (truth === guess) return;
    this.add(features, truth, 1);
    this.add(features, guess, -1);
  }

  /** Replaces the weights by their averages over every step (call once, after training). */
  average(): void {
    for (const [f, w] of this.weights) {
      const total = this.totals.get(f)!;
      const stamp = this.stamps.get(f)!;
      for (let c = 0; c < this.classes; c++) {
        const sum = total[c]! + (this.instances - stamp[c]!) * w[c]!;
        w[c] = sum / Math.max(1, this.instances);
      }
    }
  }
}
