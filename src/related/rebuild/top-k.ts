/**
 * A bounded best-first list per article (positions and scores), for the pools and hub measures
 * of a rebuild: each keeps its `k` highest scores, ties broken by the lower id.
 */
export class TopK {
  private readonly at: Int32Array;
  private readonly score: Float64Array;
  private readonly size: Int32Array;

  constructor(
    private readonly n: number,
    private readonly k: number,
    private readonly ids: ArrayLike<number>,
  ) {
    this.at = new Int32Array(n * k).fill(-1);
    this.score = new Float64Array(n * k);
    this.size = new Int32Array(n);
  }

  /** Whether `a` outranks `b` (higher score, then lower id). */
  private better(sa: number, a: number, sb: number, b: number): boolean {
    return sa > sb || (sa === sb && this.ids[a]! < this.ids[b]!);
  }

  /** Offers `other` with `score` to the list of `owner`; a repeated offer keeps the first. */
  offer(owner: number, other: number, score: number): void {
    const base = owner * this.k;
    const size = this.size[owner]!;
    for (let i = 0; i < size; i++) if (this.at[base + i] === other) return;
    let pos = size;
    if (size === this.k) {
      const last = base + size - 1;
      if (!this.better(score, other, this.score[last]!, this.at[last]!)) return;
      pos = size - 1;
    } else this.size[owner] = size + 1;
    // Insertion keeps the list ordered, best first.
    while (pos > 0 && this.better(score, other, this.score[base + pos - 1]!, this.at[base + pos - 1]!)) {
      this.at[base + pos] = this.at[base + pos - 1]!;
      this.score[base + pos] = this.score[base + pos - 1]!;
      pos--;
    }
    this.at[base + pos] = other;
    this.score[base + pos] = score;
  }

  /** The list of `owner`, best first. */
  list(owner: number): Array<{ at: number; score: number }> {
    const out: Array<{ at: number; score: number }> = [];
    const base = owner * this.k;
    for (let i = 0; i < this.size[owner]!; i++) out.push({ at: this.at[base + i]!, score: this.score[base + i]! });
    return out;
  }

  /** How many lists there are. */
  get length(): number {
    return this.n;
  }
}
