import { hubOf, hubTopOf, scorePair, textSimilarity } from './score.js';
import type { Scored } from './select.js';
import type { RelatedSettings } from './settings.js';
import type { Profile } from './weigh.js';

/**
 * Scores an article against its candidates. Its hub measure comes from these same candidates
 * (its closest articles are among them), so it is computed first and used in every score.
 */
export function scoreAgainst(self: Profile, others: readonly Profile[], s: RelatedSettings): { self: Profile; scored: Scored[] } {
  const peers = others.filter((o) => o.id !== self.id);
  const texts = peers.map((o) => textSimilarity(self, o, s).text);
  const me: Profile = { ...self, hub: hubOf(texts), hubTop: hubTopOf(texts) };
  return { self: me, scored: peers.map((o) => ({ profile: o, parts: scorePair(me, o, s) })) };
}
