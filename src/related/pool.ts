import type { StoredNeighbour } from '../store/related/types.js';
import type { ScoreParts } from './score.js';
import { rank, type Scored } from './select.js';

/** Parts rounded for storage: six decimals say all a ranking needs and keep rows short. */
export function partsJson(parts: ScoreParts): string {
  return JSON.stringify(parts, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v));
}

/** Parts read back from storage. */
export function parseParts(json: string): ScoreParts {
  return JSON.parse(json) as ScoreParts;
}

/** A scored neighbour as a pool row. */
export function toNeighbour(item: Scored, targetId = item.profile.id): StoredNeighbour {
  return { targetId, score: item.parts.score, text: item.parts.text, parts: partsJson(item.parts) };
}

/** The best `size` neighbours, best first. */
export function topPool(scored: readonly Scored[], size: number): StoredNeighbour[] {
  return rank(scored)
    .slice(0, size)
    .map((x) => toNeighbour(x));
}

/** Orders pool rows best first (score, then id), as `rank` orders scored items. */
export function orderPool(entries: readonly StoredNeighbour[]): StoredNeighbour[] {
  return [...entries].sort((a, b) => b.score - a.score || a.targetId - b.targetId);
}

/**
 * Offers a neighbour to a pool of at most `size`: whether it gets in (replacing its old row
 * when it had one) and which rows fall out to make room.
 */
export function offer(pool: readonly StoredNeighbour[], entry: StoredNeighbour, size: number): { keep: boolean; evicted: number[]; pool: StoredNeighbour[] } {
  const next = orderPool([...pool.filter((e) => e.targetId !== entry.targetId), entry]);
  const kept = next.slice(0, size);
  const keep = kept.some((e) => e.targetId === entry.targetId);
  return { keep, evicted: next.slice(size).map((e) => e.targetId), pool: keep ? kept : orderPool(pool) };
}
