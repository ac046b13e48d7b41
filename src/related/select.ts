import { isNearDuplicate, isSameThing } from './duplicates.js';
import type { ScoreParts } from './score.js';
import type { RelatedSettings } from './settings.js';
import type { Profile } from './weigh.js';

/** A scored neighbour of an article. */
export interface Scored {
  readonly profile: Profile;
  readonly parts: ScoreParts;
}

/** Why a neighbour did not make the list. */
export type SkipReason = 'pinned' | 'excluded' | 'duplicate' | 'same-thing';

/** The list chosen from ranked neighbours, and what was passed over on the way. */
export interface Selection {
  readonly picks: Scored[];
  readonly skipped: Array<{ id: number; reason: SkipReason; like?: number }>;
}

/** Ranks neighbours best first: score, then id (so equal scores give one order everywhere). */
export function rank<T extends Scored>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => y.parts.score - x.parts.score || x.profile.id - y.profile.id);
}

/**
 * Chooses an article's list from its ranked neighbours: pinned and excluded articles are left
 * out (pins are shown first by whoever reads the list), so is any near duplicate of the article
 * itself, any neighbour about the same thing as one already chosen or pinned, and anything
 * scoring under the settings' minimum (the list then stays short).
 */
export function selectPicks(
  self: Profile,
  ranked: readonly Scored[],
  options: { limit: number; settings: RelatedSettings; pinned?: readonly Profile[]; excluded?: ReadonlySet<number> },
): Selection {
  const pinnedIds = new Set((options.pinned ?? []).map((p) => p.id));
  const chosen: Profile[] = [...(options.pinned ?? [])];
  const picks: Scored[] = [];
  const skipped: Selection['skipped'] = [];
  for (const item of ranked) {
    if (picks.length >= options.limit) break;
    const p = item.profile;
    if (p.id === self.id) continue;
    if (item.parts.score < options.settings.minScore) break;
    if (pinnedIds.has(p.id)) skipped.push({ id: p.id, reason: 'pinned' });
    else if (options.excluded?.has(p.id)) skipped.push({ id: p.id, reason: 'excluded' });
    else if (isNearDuplicate(self, p, options.settings)) skipped.push({ id: p.id, reason: 'duplicate', like: self.id });
    else {
      const twin = chosen.find((c) => isSameThing(c, p, options.settings));
      if (twin) skipped.push({ id: p.id, reason: 'same-thing', like: twin.id });
      else {
        chosen.push(p);
        picks.push(item);
      }
    }
  }
  return { picks, skipped };
}
