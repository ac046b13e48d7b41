import { z } from 'zod';

/**
 * How related lists and stories are computed. Editors tune the recency decay (half-life and
 * floor); the rest are the engine's calibration, kept here so one place documents them. Stored
 * in the store's meta table under SETTINGS_KEY; lists computed before a change keep their old
 * scores until the next write of their article or `midad related --rebuild`.
 */
export const RelatedSettingsSchema = z.object({
  /** Days after which a pick's score is halved (news goes stale). */
  halfLifeDays: z.number().positive().max(36_500).default(21),
  /** The share of its score an old pick keeps however old (0: staleness can erase any link). */
  recencyFloor: z.number().min(0).max(1).default(0.35),
  /** Weight of the headline comparison against the body's, when both articles have a body. */
  titleWeight: z.number().min(0).max(1).default(0.45),
  /** CSLS-style hub penalty: an article close to everything (a generic headline) is pushed down by this share of its mean top-5 similarity. */
  hubPenalty: z.number().min(0).max(2).default(1),
  /** Bonuses added to the text similarity. */
  entityWeight: z.number().min(0).max(1).default(0.1),
  sectionWeight: z.number().min(0).max(1).default(0.04),
  tagWeight: z.number().min(0).max(1).default(0.2),
  /** The lowest score a pick may have: below it a neighbour is unrelated, and an empty place beats an off-topic card. */
  minScore: z.number().min(-1).max(1).default(0.01),
  /** Stored picks per article (pages show fewer, after pins, exclusions and what is not public). */
  listSize: z.number().int().min(1).max(50).default(12),
  /** Scored neighbours kept per article, from which the list is chosen and refilled. */
  poolSize: z.number().int().min(4).max(200).default(30),
  /** Candidates fetched from the signature index per article. */
  candidates: z.number().int().min(10).max(2000).default(100),
  /** Shingle resemblance from which two articles are near duplicates. */
  duplicateResemblance: z.number().min(0).max(1).default(0.4),
  /** Headline-and-body similarity from which two articles are copies even if reworded. */
  duplicateSimilarity: z.number().min(0).max(1).default(0.9),
  /** Text similarity between two picks from which they are "about the same thing" (the later one goes). */
  sameThingSimilarity: z.number().min(0).max(1).default(0.7),
  /** Similarity (before decay) from which two articles are linked into one story. */
  storyThreshold: z.number().min(0).max(2).default(0.25),
  /** Longest gap, in days, between two linked articles of a story. */
  storyWindowDays: z.number().positive().max(365).default(14),
  /** Articles a story needs before readers see it. */
  storyMinSize: z.number().int().min(2).max(50).default(3),
  /** The most articles a merge may make: a busy topic must not chain into one endless story. */
  storyMaxSize: z.number().int().min(3).max(1000).default(60),
});

/** The related engine's settings. */
export type RelatedSettings = z.infer<typeof RelatedSettingsSchema>;

/** The defaults. */
export const DEFAULT_RELATED_SETTINGS: RelatedSettings = RelatedSettingsSchema.parse({});

/** The meta key the settings are stored under (JSON). */
export const SETTINGS_KEY = 'related.settings';

/** Settings from stored JSON: unknown keys dropped, bad or missing values back to their defaults. */
export function parseSettings(json: string | null): RelatedSettings {
  if (!json) return DEFAULT_RELATED_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return DEFAULT_RELATED_SETTINGS;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_RELATED_SETTINGS;
  const out: Record<string, unknown> = {};
  const shape = RelatedSettingsSchema.shape;
  for (const [key, value] of Object.entries(raw)) {
    const field = shape[key as keyof typeof shape];
    if (field && field.safeParse(value).success) out[key] = value;
  }
  return RelatedSettingsSchema.parse(out);
}
