import type { ArticleFacts, StoredNeighbour } from '../store/related/types.js';
import { orderPool, parseParts } from './pool.js';
import type { ScoreParts } from './score.js';
import { selectPicks, type Scored, type Selection } from './select.js';
import type { RelatedSettings } from './settings.js';
import type { Profile } from './weigh.js';

/** One pick of a stored list. */
export interface StoredPick {
  readonly id: number;
  readonly score: number;
  readonly parts: ScoreParts;
}

/** A list as stored (JSON). */
export function encodePicks(picks: readonly Scored[]): string {
  return JSON.stringify(
    picks.map((p) => ({ id: p.profile.id, score: p.parts.score, parts: p.parts })),
    (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v),
  );
}

/** A stored list read back (an unreadable one reads as empty). */
export function decodePicks(json: string | null | undefined): StoredPick[] {
  if (!json) return [];
  try {
    const raw = JSON.parse(json) as StoredPick[];
    return Array.isArray(raw) ? raw.filter((p) => typeof p?.id === 'number') : [];
  } catch {
    return [];
  }
}

/** How far down its pool an article's list is looked for: pins, exclusions and duplicates each cost a place. */
export function selectionDepth(s: RelatedSettings): number {
  return s.listSize * 2 + 8;
}

/** Chooses an article's list from its stored pool, with its pins and exclusions. */
export function choosePicks(
  self: Profile,
  pool: readonly StoredNeighbour[],
  profiles: ReadonlyMap<number, Profile>,
  facts: Pick<ArticleFacts, 'pins' | 'exclusions'> | undefined,
  s: RelatedSettings,
): Selection {
  const ranked: Scored[] = [];
  for (const e of orderPool(pool).slice(0, selectionDepth(s))) {
    const profile = profiles.get(e.targetId);
    if (profile) ranked.push({ profile, parts: parseParts(e.parts) });
  }
  const pinned = (facts?.pins ?? []).map((id) => profiles.get(id)).filter((p): p is Profile => p !== undefined);
  return selectPicks(self, ranked, { limit: s.listSize, settings: s, pinned, excluded: new Set(facts?.exclusions ?? []) });
}
