import type { StoredNeighbour } from '../store/related/types.js';
import type { StoredPick } from './picks.js';
import { HUB_NEIGHBOURS, hubOf, hubTopOf } from './score.js';
import type { RelatedSettings } from './settings.js';
import type { Books, Profile } from './weigh.js';

/** Just under the minimum score: what a list that is not full asks of a newcomer. */
export function openListFloor(s: Pick<RelatedSettings, 'minScore'>): number {
  return s.minScore - 1e-9;
}

/** The books of a freshly chosen pool and list. */
export function booksOf(pool: readonly StoredNeighbour[], picks: readonly { score: number }[], s: RelatedSettings): Books {
  return {
    poolCount: pool.length,
    poolFloor: pool.length ? Math.min(...pool.map((e) => e.score)) : 0,
    listFloor: listFloorOf(picks, s),
  };
}

/** The score a newcomer must beat to change a list. */
export function listFloorOf(picks: readonly Pick<StoredPick, 'score'>[], s: RelatedSettings): number {
  return picks.length >= s.listSize ? picks[picks.length - 1]!.score : openListFloor(s);
}

/** Whether a newcomer with this score enters a neighbour's pool. */
export function entersPool(b: Books, score: number, s: Pick<RelatedSettings, 'poolSize'>): boolean {
  return b.poolCount < s.poolSize || score > b.poolFloor;
}

/** Whether a newcomer with this score may change a neighbour's chosen list. */
export function mayChangeList(b: Books, score: number, s: Pick<RelatedSettings, 'minScore'>): boolean {
  return score >= s.minScore && score > b.listFloor;
}

/** A neighbour's hub measure after a newcomer at this text similarity: changed only when it beats the fifth best. */
export function hubAfter(p: Profile, text: number): { hub: number; hubTop: Float32Array } | null {
  if (p.hubTop.length >= HUB_NEIGHBOURS && text <= p.hubTop[p.hubTop.length - 1]!) return null;
  const top = hubTopOf([...p.hubTop, text]);
  return { hub: hubOf(top), hubTop: top };
}
