import type { WeightedFeature } from '../store/related/types.js';
import type { RelatedSettings } from './settings.js';
import type { SparseVector } from './sparse.js';
import type { Profile } from './weigh.js';

/** Heaviest headline grams and body terms an article is indexed under: enough to meet its neighbours, few enough to keep the index small. */
export const SIGNATURE_GRAMS = 24;
export const SIGNATURE_TERMS = 24;
export const SIGNATURE_ENTITIES = 16;

/** Of the signature, the heaviest grams and terms that nominate candidates: fewer than are stored, to keep the query short. */
export const QUERY_GRAMS = 16;
export const QUERY_TERMS = 16;

/**
 * A feature carried by more than this share of the articles (or SIGNATURE_DF_FLOOR of them,
 * whichever is more, and never more than SIGNATURE_DF_CEILING) nominates no candidates: its
 * posting list is long and says little, and the ceiling keeps the query's cost flat as the
 * collection grows. It still counts in the scores.
 */
export const SIGNATURE_DF_SHARE = 0.05;
export const SIGNATURE_DF_FLOOR = 100;
export const SIGNATURE_DF_CEILING = 2000;

/** The heaviest `n` entries of a vector, scaled. */
function heaviest(v: SparseVector, n: number, scale: number): WeightedFeature[] {
  const order = [...v.ids.keys()].sort((a, b) => v.weights[b]! - v.weights[a]! || v.ids[a]! - v.ids[b]!).slice(0, n);
  return order.map((i) => ({ feature: v.ids[i]!, weight: v.weights[i]! * scale }));
}

/**
 * An article's signature: its heaviest features, each weighted as it counts in the text score
 * (headline grams by the headline's share, body terms by the body's) or in its bonus.
 */
export function signatureOf(p: Profile, s: RelatedSettings): WeightedFeature[] {
  const titleShare = p.hasBody ? s.titleWeight : 1;
  return [
    ...heaviest(p.title, SIGNATURE_GRAMS, titleShare),
    ...heaviest(p.content, SIGNATURE_TERMS, 1 - s.titleWeight),
    ...heaviest(p.tags, p.tags.ids.length, s.tagWeight),
    ...heaviest(p.entities, SIGNATURE_ENTITIES, s.entityWeight),
  ];
}

/** The largest document frequency a nominating feature may have in a collection of `n`. */
export function nominationCap(n: number): number {
  return Math.min(SIGNATURE_DF_CEILING, Math.max(SIGNATURE_DF_FLOOR, SIGNATURE_DF_SHARE * n));
}

/** The features that nominate candidates: the heaviest not-too-common grams and terms, and every tag and entity. */
export function nominatingQuery(p: Profile, s: RelatedSettings, df: (feature: number) => number, n: number): WeightedFeature[] {
  const cap = nominationCap(n);
  const ok = (f: WeightedFeature) => df(f.feature) <= cap;
  const titleShare = p.hasBody ? s.titleWeight : 1;
  return [
    ...heaviest(p.title, SIGNATURE_GRAMS, titleShare).filter(ok).slice(0, QUERY_GRAMS),
    ...heaviest(p.content, SIGNATURE_TERMS, 1 - s.titleWeight).filter(ok).slice(0, QUERY_TERMS),
    ...heaviest(p.tags, p.tags.ids.length, s.tagWeight).filter(ok),
    ...heaviest(p.entities, SIGNATURE_ENTITIES, s.entityWeight).filter(ok),
  ];
}
