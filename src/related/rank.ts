import type { Store } from '../store/index.js';
import { candidateIds } from './candidates.js';
import { fromStored } from './codec.js';
import type { RelatedDeps } from './engine-deps.js';
import { scoreAgainst } from './neighbours.js';
import { profileFeatures, rawProfile, type RelatableArticle } from './profile.js';
import { profilesFor } from './reselect.js';
import { rank, selectPicks, type Scored, type Selection } from './select.js';
import type { RelatedSettings } from './settings.js';
import { signatureOf } from './signature.js';
import { weighProfile, type Profile } from './weigh.js';

/** An article's neighbours ranked now, and the list the filters would choose from them. */
export interface Ranking {
  readonly self: Profile;
  /** Similarity order alone (the `--raw` ranking). */
  readonly ranked: Scored[];
  /** After pins, exclusions, duplicates, diversity and the minimum score. */
  readonly selection: Selection;
}

/**
 * Ranks an article's neighbours from the store as the write hook would (its stored profile when
 * it has one, else one computed now), without writing anything: what `midad related` explains
 * and `--batch --raw` prints.
 */
export async function rankNow(store: Store, article: RelatableArticle & { pins: readonly number[] }, deps: RelatedDeps, s: RelatedSettings, limit: number): Promise<Ranking> {
  const repo = store.related;
  const stored = (await repo.profiles.get([article.id])).get(article.id);
  const n = await repo.profiles.count();
  let self: Profile;
  if (stored) self = fromStored(stored);
  else {
    const raw = rawProfile(article, deps.analyzer(), (await repo.entitiesOf([article.id])).get(article.id));
    const df = await repo.profiles.frequencies(profileFeatures(raw));
    self = weighProfile(raw, { n: n + 1, df: (id) => (df.get(id) ?? 0) + 1 }, { id: article.id, publishedAt: article.publishedAt, sectionId: article.section?.id ?? null });
  }
  const df = await repo.profiles.frequencies(signatureOf(self, s).map((f) => f.feature));
  const ids = await candidateIds(store, self, { n, df: (id) => df.get(id) ?? 0 }, s);
  const known = await profilesFor(store, [...ids, ...article.pins], new Map<number, Profile>());
  const { self: me, scored } = scoreAgainst(self, ids.map((id) => known.get(id)).filter((p): p is Profile => p !== undefined), s);
  const ranked = rank(scored);
  const facts = (await repo.facts([article.id])).get(article.id);
  const pinned = article.pins.map((id) => known.get(id)).filter((p): p is Profile => p !== undefined);
  const selection = selectPicks(me, ranked, { limit, settings: s, pinned, excluded: new Set(facts?.exclusions ?? []) });
  return { self: me, ranked: ranked.slice(0, limit), selection };
}
