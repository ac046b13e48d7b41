import type { WeightedFeature } from '../../store/related/types.js';
import { profileFeatures, type RawProfile } from '../profile.js';
import { hubOf, hubTopOf, HUB_NEIGHBOURS, scorePair, textSimilarity, type ScoreParts } from '../score.js';
import type { RelatedSettings } from '../settings.js';
import { nominatingQuery, signatureOf } from '../signature.js';
import { storyLinks } from '../stories/link.js';
import { weighProfile, type Profile } from '../weigh.js';
import { InvertedSignatures } from './inverted.js';
import { TopK } from './top-k.js';

/** One article as a rebuild reads it. */
export interface RebuildItem {
  readonly id: number;
  readonly raw: RawProfile;
  readonly publishedAt: string | null;
  readonly sectionId: number | null;
}

/** Everything a rebuild writes, computed in memory. */
export interface RebuildResult {
  readonly n: number;
  readonly df: Map<number, number>;
  /** Profiles with their hub measure, in input order. */
  readonly profiles: Profile[];
  readonly signatures: WeightedFeature[][];
  /** Each article's pool, best first, as positions with their parts. */
  readonly pools: Array<Array<{ at: number; parts: ScoreParts }>>;
  /** Story links between positions (each pair once). */
  readonly links: Array<{ a: number; b: number; affinity: number }>;
}

/** Progress of the in-memory stages. */
export type StageProgress = (stage: 'candidates' | 'scores', done: number, total: number) => void;

/**
 * The whole collection's lists at once, by the same rules as the write hook: the same profiles
 * and signatures, the same candidate query (over an in-memory copy of the signature index), the
 * same scores; every scored pair is offered to both pools, as publishing one offers it to its
 * neighbours. Hub measures come from each article's five best text similarities in either direction.
 */
export function computeRelated(items: readonly RebuildItem[], s: RelatedSettings, progress?: StageProgress): RebuildResult {
  const n = items.length;
  const df = new Map<number, number>();
  for (const it of items) for (const f of profileFeatures(it.raw)) df.set(f, (df.get(f) ?? 0) + 1);
  const freq = { n, df: (id: number) => df.get(id) ?? 0 };
  const profiles = items.map((it) => weighProfile(it.raw, freq, { id: it.id, publishedAt: it.publishedAt, sectionId: it.sectionId }));
  const ids = Int32Array.from(items, (it) => it.id);

  const inverted = new InvertedSignatures();
  const signatures = profiles.map((p, at) => {
    const sig = signatureOf(p, s);
    inverted.add(at, sig);
    return sig;
  });

  // Stage 1: candidates and text similarities (kept for the hub measures and stage 2).
  const scratch = new Float64Array(n);
  const candidates: Int32Array[] = new Array(n);
  const hubs = new TopK(n, HUB_NEIGHBOURS, ids);
  for (let a = 0; a < n; a++) {
    const cands = Int32Array.from(inverted.candidates(nominatingQuery(profiles[a]!, s, freq.df, n), a, s.candidates, ids, scratch));
    candidates[a] = cands;
    for (const b of cands) {
      const t = textSimilarity(profiles[a]!, profiles[b]!, s).text;
      hubs.offer(a, b, t);
      hubs.offer(b, a, t);
    }
    if (a % 500 === 499 || a === n - 1) progress?.('candidates', a + 1, n);
  }
  const withHubs = profiles.map((p, at) => {
    const texts = hubs.list(at).map((x) => x.score);
    return { ...p, hub: hubOf(texts), hubTop: hubTopOf(texts) };
  });

  // Stage 2: scores, pools (both directions) and story links.
  const pools = new TopK(n, s.poolSize, ids);
  const links: RebuildResult['links'] = [];
  const linked = new Set<number>();
  for (let a = 0; a < n; a++) {
    const me = withHubs[a]!;
    const scored = [];
    for (const b of candidates[a]!) {
      const parts = scorePair(me, withHubs[b]!, s);
      pools.offer(a, b, parts.score);
      pools.offer(b, a, parts.score);
      scored.push({ profile: withHubs[b]!, parts });
    }
    for (const l of storyLinks(me, scored, s)) {
      const b = positionOf(candidates[a]!, withHubs, l.otherId);
      const key = Math.min(a, b) * n + Math.max(a, b);
      if (linked.has(key)) continue;
      linked.add(key);
      links.push({ a, b, affinity: l.affinity });
    }
    if (a % 500 === 499 || a === n - 1) progress?.('scores', a + 1, n);
  }
  const poolLists = withHubs.map((me, a) => pools.list(a).map((x) => ({ at: x.at, parts: scorePair(me, withHubs[x.at]!, s) })));
  return { n, df, profiles: withHubs, signatures, pools: poolLists, links };
}

/** The position of an article id among a candidate list. */
function positionOf(cands: Int32Array, profiles: readonly Profile[], id: number): number {
  for (const at of cands) if (profiles[at]!.id === id) return at;
  return -1;
}
