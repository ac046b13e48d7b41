import type { RelatedSettings } from './settings.js';
import { dot } from './sparse.js';
import type { Profile } from './weigh.js';

/** How a pair's score was made: every part, so `midad related --json` can explain a pick. */
export interface ScoreParts {
  /** Cosine of the headline (and deck) character grams. */
  readonly title: number;
  /** Cosine of the analysed terms of headline, deck and body; null when either has no body. */
  readonly body: number | null;
  /** The two combined (the headline's share is `titleWeight`). */
  readonly text: number;
  /** Subtracted: how close both articles are to everything (mean of their top-5 similarities). */
  readonly hub: number;
  /** Added for shared people, places and organisations (the rarer the name, the more). */
  readonly entities: number;
  /** Added when both are in one section. */
  readonly section: number;
  /** Added for shared tags (rare tags count more). */
  readonly tags: number;
  /** text + entities + section + tags: how strongly the two are linked, what stories link on. */
  readonly affinity: number;
  /** affinity − hub: what the ranking compares. */
  readonly similarity: number;
  /** The recency factor for the time between the two (1 for the same moment). */
  readonly recency: number;
  /** The ranking score: similarity × recency. */
  readonly score: number;
}

const DAY_MS = 86_400_000;

/** The text similarity of two profiles alone (what the hub measure and near-duplicate test use). */
export function textSimilarity(a: Profile, b: Profile, s: Pick<RelatedSettings, 'titleWeight'>): { title: number; body: number | null; text: number } {
  const title = dot(a.title, b.title);
  const body = a.hasBody && b.hasBody ? dot(a.content, b.content) : null;
  return { title, body, text: body === null ? title : s.titleWeight * title + (1 - s.titleWeight) * body };
}

/** The recency factor: floor + (1 − floor) × 2^(−days apart / half-life); 1 when a date is missing. */
export function recency(a: number | null, b: number | null, s: Pick<RelatedSettings, 'halfLifeDays' | 'recencyFloor'>): number {
  if (a === null || b === null) return 1;
  const days = Math.abs(a - b) / DAY_MS;
  return s.recencyFloor + (1 - s.recencyFloor) * Math.pow(2, -days / s.halfLifeDays);
}

/**
 * Scores a pair. Symmetric by construction (every part is), so one computation serves both
 * articles' lists: when an article is published, its neighbours' lists need no second pass.
 */
export function scorePair(a: Profile, b: Profile, s: RelatedSettings): ScoreParts {
  const { title, body, text } = textSimilarity(a, b, s);
  const hub = (s.hubPenalty * (a.hub + b.hub)) / 2;
  // Entity weights are specificities, not a unit vector: sharing one rare name counts fully, a common one little.
  const entities = a.entities.ids.length && b.entities.ids.length ? s.entityWeight * Math.min(1, dot(a.entities, b.entities)) : 0;
  const section = a.sectionId !== null && a.sectionId === b.sectionId ? s.sectionWeight : 0;
  const tags = s.tagWeight * dot(a.tags, b.tags);
  const affinity = text + entities + section + tags;
  const similarity = affinity - hub;
  const r = recency(a.publishedAt, b.publishedAt, s);
  // A negative similarity is not made "less bad" by age: only positive scores decay.
  return { title, body, text, hub, entities, section, tags, affinity, similarity, recency: r, score: similarity > 0 ? similarity * r : similarity };
}

/** Mean of the five highest text similarities: high for a generic article close to many. */
export const HUB_NEIGHBOURS = 5;

/** The best HUB_NEIGHBOURS text similarities among these, best first. */
export function hubTopOf(texts: Iterable<number>): Float32Array {
  return Float32Array.from([...texts].sort((x, y) => y - x).slice(0, HUB_NEIGHBOURS));
}

/** The hub measure of an article from its neighbours' text similarities (any order). */
export function hubOf(texts: Iterable<number>): number {
  // Divided by the full count: an article with few neighbours is no hub.
  return [...hubTopOf(texts)].reduce((sum, t) => sum + Math.max(0, t), 0) / HUB_NEIGHBOURS;
}
