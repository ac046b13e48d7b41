/**
 * Measuring one process's work: CPU time (user + system, all of this process's threads, so
 * garbage collection counts), wall time, and the resident-set high-water mark.
 */

/** CPU and wall milliseconds accumulated over the measured calls. */
export interface Meter {
  cpuMs: number;
  wallMs: number;
  /** Runs `work`, adding its CPU and wall time. */
  time<T>(work: () => T): T;
  /** Runs async `work`, adding its CPU and wall time. */
  timeAsync<T>(work: () => Promise<T>): Promise<T>;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** A meter starting at zero. */
export function meter(): Meter {
  const m: Meter = {
    cpuMs: 0,
    wallMs: 0,
    time(work) {
      const c = cpuNow();
      const w = performance.now();
      try {
        return work();
      } finally {
        m.cpuMs += cpuNow() - c;
        m.wallMs += performance.now() - w;
      }
    },
    async timeAsync(work) {
      const c = cpuNow();
      const w = performance.now();
      try {
        return await work();
      } finally {
        m.cpuMs += cpuNow() - c;
        m.wallMs += performance.now() - w;
      }
    },
  };
  return m;
}

/** The process's peak resident set so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
