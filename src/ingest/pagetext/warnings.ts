import type { ImportWarning } from '../types.js';

/** Collects what the parser worked around, each with the line it concerns. */
export class Warnings {
  readonly list: ImportWarning[] = [];
  // Hostile input could repeat one oddity a million times; past this many, warnings are counted only.
  private static readonly MAX = 200;
  private dropped = 0;

  /** Notes one thing worked around at a 1-based line. */
  add(line: number, message: string): void {
    if (this.list.length < Warnings.MAX) this.list.push({ line, message });
    else this.dropped++;
  }

  /** Takes over another collector's warnings (kept aside until a guess was confirmed). */
  merge(other: Warnings): void {
    for (const w of other.list) this.add(w.line ?? 0, w.message);
  }

  /** The warnings in line order, with a last one saying how many more were left out. */
  done(): ImportWarning[] {
    const sorted = [...this.list].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    if (this.dropped > 0) sorted.push({ message: `${this.dropped} more warnings not listed` });
    return sorted;
  }
}
