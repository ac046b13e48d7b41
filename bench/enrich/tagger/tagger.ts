/**
 * Configuration D of the NER bench: a tagger learnt at run time, on the build half only, on top
 * of Midad's rules. Each sentence of the build half is first annotated by the rules with a
 * gazetteer taught from the OTHER folds of the build half (so the rules' tags are as good there
 * as they will be on unseen text); a structured averaged perceptron then learns, sentence by
 * sentence (Viterbi over BIO, so a name's tags are decided together), the corpus's tags from the
 * rules' tags, the words and their letter trigrams, the gazetteer's flags, word clusters (of the
 * build half and the ANT corpus's unlabelled news, tagger/unlabelled.ts) and what the rules
 * found for the same word in nearby sentences. Three perceptrons, each shown the sentences in
 * its own orders, vote by summed scores. It runs twice: the second pass also knows what the
 * first found for the same word nearby and across the text (withFirstPass). Nothing is read
 * from the scored half; no weights are saved or shipped.
 */
import type { EntityKind, Gazetteer } from '../../../src/enrich/index.js';
import type { GoldSpan, Sentence } from '../newsfane.js';
import { keyOf } from '../../../src/enrich/text/key.js';
import { wordClusters } from './clusters.js';
import { unlabelledSentences } from './unlabelled.js';
import { documentKinds, edgeFeatures, staticFeatures, stem } from './features.js';
import { Perceptron } from './perceptron.js';
import { viterbi } from './viterbi.js';

const TAGS = ['O', 'B-person', 'I-person', 'B-place', 'I-place', 'B-organization', 'I-organization'] as const;
const EPOCHS = 8;
/** Perceptrons in the committee (see Committee). */
const MEMBERS = 3;
const FOLDS = 4;

/**
 * The gazetteers the tagger works with, taught from given build sentences: the one the rules
 * run with, and the one its features consult (which may know more: an entity table taught into
 * the rules changes where their names end, while as a feature it is one more hint).
 */
export interface Gazetteers {
  readonly rules: Gazetteer;
  readonly features: Gazetteer;
}

/** The rules' spans of a run of sentences, as token ranges (bench/enrich/ner.ts's predict). */
export type Predict = (g: Gazetteer, sentences: readonly Sentence[]) => GoldSpan[][];

/** Spans as BIO tags. */
export function toTags(length: number, spans: readonly GoldSpan[]): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) for (let k = s.from; k < s.to; k++) tags[k] = (k === s.from ? 'B-' : 'I-') + s.kind;
  return tags;
}

/** BIO tags as spans. */
export function toSpans(tags: readonly string[]): GoldSpan[] {
  const out: GoldSpan[] = [];
  let from = -1;
  let kind = '';
  const close = (to: number) => {
    if (from >= 0) out.push({ from, to, kind: kind as EntityKind });
    from = -1;
  };
  tags.forEach((t, i) => {
    if (t.startsWith('B-') || (t.startsWith('I-') && t.slice(2) !== kind)) {
      close(i);
      from = i;
      kind = t.slice(2);
    } else if (t === 'O') close(i);
  });
  close(tags.length);
  return out;
}

/** A sentence ready for the tagger: its words, static features and (for training) gold tags. */
interface Prepared {
  words: readonly string[];
  features: string[][];
  gold: string[];
}

/** Sentences before and after a pseudo-article whose rule tags still tell what a word names. */
const MEMORY = 24;

/** What `tags` found for each stem in the run of sentences at `d` and MEMORY sentences around it. */
function kindsAround(words: readonly (readonly string[])[], tags: readonly (readonly string[])[], d: number, docSize: number): Map<string, string> {
  const from = Math.max(0, d - MEMORY);
  const to = Math.min(words.length, d + docSize + MEMORY);
  return documentKinds(words.slice(from, to), tags.slice(from, to));
}

/** Rules' tags and features for sentences, annotated in runs of `docSize`. */
function prepare(g: Gazetteers, sentences: readonly Sentence[], predict: Predict, docSize: number, clusters: ReadonlyMap<string, number>): Prepared[] {
  const rules: string[][] = [];
  for (let d = 0; d < sentences.length; d += docSize) {
    const doc = sentences.slice(d, d + docSize);
    const spans = predict(g.rules, doc);
    doc.forEach((s, i) => rules.push(toTags(s.tokens.length, spans[i]!)));
  }
  const words = sentences.map((s) => s.tokens);
  const out: Prepared[] = [];
  for (let d = 0; d < sentences.length; d += docSize) {
    const kinds = kindsAround(words, rules, d, docSize);
    sentences.slice(d, d + docSize).forEach((s, i) => {
      out.push({ words: s.tokens, features: staticFeatures(g.features, s.tokens, rules[d + i]!, kinds, clusters), gold: toTags(s.tokens.length, s.gold) });
    });
  }
  return out;
}

/**
 * A first pass's tags added as features (stacking, for consistency across a text): what it
 * found for the same stem in nearby sentences, and over the whole run of text (the kind most of
 * the stem's occurrences were given, beside the tag it gave this one). A name the first pass
 * tagged where its context was plain is then tagged where the context alone would not tell.
 */
function withFirstPass(prepared: readonly Prepared[], first: readonly string[][], docSize: number): Prepared[] {
  const stems = prepared.map((s) => s.words.map((w) => stem(keyOf(w))));
  const tally = new Map<string, Map<string, number>>();
  stems.forEach((ws, si) =>
    ws.forEach((st, i) => {
      const t = first[si]![i]!;
      const m = tally.get(st) ?? new Map<string, number>();
      const k = t === 'O' ? 'O' : t.slice(2);
      m.set(k, (m.get(k) ?? 0) + 1);
      tally.set(st, m);
    }),
  );
  const overall = (st: string): string => {
    const m = tally.get(st)!;
    let total = 0;
    let best = 'O';
    for (const [k, n] of m) {
      total += n;
      if (k !== 'O' && n > (m.get(best) ?? 0)) best = k;
    }
    if (best === 'O') return 'O';
    const share = m.get(best)! / total;
    return best + (share >= 0.5 ? '+' : '-') + (total > 1 ? 'n' : '1');
  };
  const words = prepared.map((s) => s.words);
  const out: Prepared[] = [];
  for (let d = 0; d < prepared.length; d += docSize) {
    const kinds = kindsAround(words, first, d, docSize);
    prepared.slice(d, d + docSize).forEach((s, j) => {
      const si = d + j;
      const tags = first[si]!;
      const features = s.features.map((f, i) => {
        const st = stems[si]![i]!;
        const all = overall(st);
        return [...f, 'p1doc=' + (kinds.get(st) ?? '-'), 'p1all=' + all, 'p1all|p1=' + all + '|' + tags[i]];
      });
      out.push({ ...s, features });
    });
  }
  return out;
}

/** Whether a tag may follow another (-1: the start): I-X only after B-X or I-X. */
export function bioAllowed(prev: number, cur: number): boolean {
  const c = TAGS[cur]!;
  return !c.startsWith('I-') || (prev >= 0 && TAGS[prev]!.slice(2) === c.slice(2));
}

/** Features of position i given the tag before it, by tag index (-1: the start). */
function edge(s: Prepared, i: number, prev: number): string[] {
  return edgeFeatures(prev < 0 ? '^' : TAGS[prev]!, s.words[i]!);
}

/** What decoding needs of a model: class scores for a set of features. */
interface Scorer {
  scores(features: readonly string[]): Float64Array;
}

/**
 * Perceptrons trained on different orders of the same sentences, voting by their summed scores:
 * one perceptron's result moves by a point of F1 with the order it saw, their sum much less.
 */
class Committee implements Scorer {
  constructor(private readonly members: readonly Perceptron[]) {}

  scores(features: readonly string[]): Float64Array {
    const out = new Float64Array(TAGS.length);
    for (const m of this.members) m.scores(features, out);
    return out;
  }
}

/** The best tags of a sentence under a model's weights (Viterbi over BIO). */
function decode(p: Scorer, s: Prepared): number[] {
  const emit = s.features.map((f) => p.scores(f));
  const edges = s.words.map((_, i) => Array.from({ length: TAGS.length + 1 }, (_, prev) => p.scores(edge(s, i, prev - 1))));
  return viterbi(s.words.length, TAGS.length, (i, prev, cur) => emit[i]![cur]! + edges[i]![prev + 1]![cur]!, bioAllowed);
}

/** One structured-perceptron step: where the best path leaves the gold one, move weights. */
function learn(p: Perceptron, s: Prepared): void {
  const gold = s.gold.map((t) => TAGS.indexOf(t as (typeof TAGS)[number]));
  const guess = decode(p, s);
  for (let i = 0; i < gold.length; i++) {
    const gp = gold[i - 1] ?? -1;
    const pp = guess[i - 1] ?? -1;
    if (gold[i] === guess[i] && gp === pp) continue;
    p.add([...s.features[i]!, ...edge(s, i, gp)], gold[i]!, 1);
    p.add([...s.features[i]!, ...edge(s, i, pp)], guess[i]!, -1);
  }
  p.tick();
}

/** A deterministic shuffle, so runs of the bench agree. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A perceptron trained on sentences (EPOCHS passes in shuffled orders), averaged. */
function train(sentences: readonly Prepared[], seed: number): Perceptron {
  const p = new Perceptron(TAGS.length);
  for (let e = 0; e < EPOCHS; e++) for (const s of shuffled(sentences, e + 1 + seed * 100)) learn(p, s);
  p.average();
  return p;
}

/**
 * Learns from `build` and tags `test`. `gazetteersFrom(sentences)` builds the gazetteers, taught
 * from the given build sentences only.
 */
export function tagWithLearner(
  build: readonly Sentence[],
  test: readonly Sentence[],
  gazetteersFrom: (sentences: readonly Sentence[]) => Gazetteers,
  predict: Predict,
  docSize: number,
): GoldSpan[][] {
  const foldSize = Math.ceil(build.length / FOLDS / docSize) * docSize;
  // Clusters are learnt from the build half's words and unlabelled news (never the scored half).
  const words = [...build.map((s) => s.tokens), ...unlabelledSentences()].map((s) => s.map((w) => stem(keyOf(w))));
  const clusters = wordClusters(words);
  const folds: Prepared[][] = [];
  for (let k = 0; k < FOLDS; k++) {
    const fold = build.slice(k * foldSize, (k + 1) * foldSize);
    const rest = [...build.slice(0, k * foldSize), ...build.slice((k + 1) * foldSize)];
    folds.push(prepare(gazetteersFrom(rest), fold, predict, docSize, clusters));
  }
  const scored = prepare(gazetteersFrom(build), test, predict, docSize, clusters);
  // Two passes. The first pass's tags of each build fold come from a committee that never saw
  // the fold (as the scored half's come from one that never saw it), so the second pass learns
  // how far to trust them.
  const committee = (sentences: readonly Prepared[]) => new Committee(Array.from({ length: MEMBERS }, (_, m) => train(sentences, m)));
  const tagsOf = (p: Scorer, ss: readonly Prepared[]) => ss.map((s) => decode(p, s).map((t) => TAGS[t]!));
  const stacked = folds.flatMap((fold, k) => withFirstPass(fold, tagsOf(committee(folds.filter((_, j) => j !== k).flat()), fold), docSize));
  const second = withFirstPass(scored, tagsOf(committee(folds.flat()), scored), docSize);
  const model = committee(stacked);
  return second.map((s) => toSpans(decode(model, s).map((t) => TAGS[t]!)));
}
