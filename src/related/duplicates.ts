import { resemblance } from './minhash.js';
import { textSimilarity } from './score.js';
import type { RelatedSettings } from './settings.js';
import type { Profile } from './weigh.js';

/**
 * Whether two articles are exact or near duplicates: their word shingles resemble (a copy, a
 * wire story run twice, a minimal edit), or headline and body read alike even when reworded.
 */
export function isNearDuplicate(a: Profile, b: Profile, s: RelatedSettings): boolean {
  if (resemblance(a.minhash, b.minhash) >= s.duplicateResemblance) return true;
  return textSimilarity(a, b, s).text >= s.duplicateSimilarity;
}

/** Whether two picks are about the same thing, so a reader would see one story twice. */
export function isSameThing(a: Profile, b: Profile, s: RelatedSettings): boolean {
  return isNearDuplicate(a, b, s) || textSimilarity(a, b, s).text >= s.sameThingSimilarity;
}
