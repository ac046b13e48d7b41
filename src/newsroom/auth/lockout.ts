/** How many failures lock what out, and for how long. */
export interface LockoutPolicy {
  accountFailures: number;
  ipFailures: number;
  windowMinutes: number;
}

/** Failures seen for one key within the window. */
export interface FailureCount {
  count: number;
  latest: string | null;
}

/**
 * When a key (an account or a client address) may try again: null when it is not locked.
 * A key is locked once it has `limit` failures within the window, until the window has
 * passed since its latest failure (so hammering a locked account keeps it locked).
 */
export function lockedUntil(failures: FailureCount, limit: number, windowMinutes: number): string | null {
  if (failures.count < limit || failures.latest === null) return null;
  return new Date(Date.parse(failures.latest) + windowMinutes * 60_000).toISOString();
}

/** The start of the window that counts, for a given instant. */
export function windowStart(now: Date, windowMinutes: number): string {
  return new Date(now.getTime() - windowMinutes * 60_000).toISOString();
}

/** Minutes (rounded up, at least 1) until an instant, for the Arabic message. */
export function minutesUntil(until: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));
}
