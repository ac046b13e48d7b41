import type { Scored } from '../select.js';
import type { RelatedSettings } from '../settings.js';
import type { Profile } from '../weigh.js';

const DAY_MS = 86_400_000;

/** Whether a text similarity is among an article's five best (its hub list holds them, best first). */
function amongBest(p: Pick<Profile, 'hubTop'>, text: number): boolean {
  return p.hubTop.length < 5 || text >= p.hubTop[p.hubTop.length - 1]!;
}

/**
 * The neighbours an article is linked to in a story: each is among the other's five closest by
 * text (mutual nearest neighbours, so a busy topic does not chain into one endless story), the
 * affinity (similarity without the hub penalty, which would punish exactly the articles of a
 * busy story) reaches the threshold, and they were published within the story window.
 */
export function storyLinks(self: Profile, scored: readonly Scored[], s: RelatedSettings): Array<{ otherId: number; affinity: number }> {
  if (self.publishedAt === null) return [];
  const window = s.storyWindowDays * DAY_MS;
  return scored
    .filter(
      (x) =>
        x.parts.affinity >= s.storyThreshold &&
        x.profile.publishedAt !== null &&
        Math.abs(x.profile.publishedAt - self.publishedAt!) <= window &&
        amongBest(self, x.parts.text) &&
        amongBest(x.profile, x.parts.text),
    )
    .map((x) => ({ otherId: x.profile.id, affinity: x.parts.affinity }));
}
