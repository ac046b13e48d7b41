import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { profileFeatures, rawProfile } from '../../src/related/profile.js';
import { scoreAgainst } from '../../src/related/neighbours.js';
import { rank, type Scored } from '../../src/related/select.js';
import { DEFAULT_RELATED_SETTINGS, type RelatedSettings } from '../../src/related/settings.js';
import { weighProfile, type Profile } from '../../src/related/weigh.js';

const analyzer = createAnalyzer();

/** A text to profile: headline, body, and optionally a section, tags and a date. */
export interface Doc {
  headline: string;
  body: string;
  section?: number | null;
  tags?: string[];
  publishedAt?: string | null;
}

/** Profiles a small collection as the engine would (document frequencies over the collection), ids 1…n. */
export function profilesOf(docs: readonly Doc[]): Profile[] {
  const raws = docs.map((d, i) =>
    rawProfile(
      {
        id: i + 1,
        headline: d.headline,
        deck: null,
        body: d.body.split(/(?<=\.)\s+/).map((text) => ({ type: 'paragraph', text })),
        tags: d.tags ?? [],
        section: d.section ? { id: d.section } : null,
        publishedAt: d.publishedAt ?? '2026-11-01T09:00:00.000Z',
      },
      analyzer,
    ),
  );
  const df = new Map<number, number>();
  for (const r of raws) for (const f of profileFeatures(r)) df.set(f, (df.get(f) ?? 0) + 1);
  const freq = { n: docs.length, df: (id: number) => df.get(id) ?? 0 };
  return raws.map((r, i) =>
    weighProfile(r, freq, { id: i + 1, publishedAt: docs[i]!.publishedAt ?? '2026-11-01T09:00:00.000Z', sectionId: docs[i]!.section ?? null }),
  );
}

/** One profile's neighbours among the others, ranked as the engine ranks them. */
export function rankedFor(self: Profile, all: readonly Profile[], s: RelatedSettings = DEFAULT_RELATED_SETTINGS): { self: Profile; ranked: Scored[] } {
  const r = scoreAgainst(self, all, s);
  return { self: r.self, ranked: rank(r.scored) };
}
