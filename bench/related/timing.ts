/** Percentiles of a list of durations (milliseconds). */
export function percentiles(ms: readonly number[]): { p50: number; p95: number; p99: number; mean: number; n: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length), n: sorted.length };
}

/** Milliseconds since a high-resolution mark. */
export function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
