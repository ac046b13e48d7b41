/**
 * Configuration D of the NER bench: a tagger learnt at run time, on the build half only, on top
 * of Midad's rules. Each sentence of the build half is first annotated by the rules with a
 * gazetteer taught from the OTHER folds of the build half (so the rules' tags are as good there
 * as they will be on unseen text); an averaged perceptron then learns, token by token (greedy,
 * left to right, BIO-constrained), the corpus's tags from the rules' tags, the words and the
 * gazetteer's flags. Nothing is read from the scored half; no weights are saved or shipped.
 */
import type { EntityKind, Gazetteer } from '../../../src/enrich/index.js';
import type { GoldSpan, Sentence } from '../newsfane.js';
import { dynamicFeatures, staticFeatures } from './features.js';
import { Perceptron } from './perceptron.js';

const TAGS = ['O', 'B-person', 'I-person', 'B-place', 'I-place', 'B-organization', 'I-organization'] as const;
const EPOCHS = 8;
const FOLDS = 4;

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

/** Rules' tags and features for sentences, annotated in runs of `docSize`. */
function prepare(g: Gazetteer, sentences: readonly Sentence[], predict: Predict, docSize: number): Prepared[] {
  const out: Prepared[] = [];
  for (let d = 0; d < sentences.length; d += docSize) {
    const doc = sentences.slice(d, d + docSize);
    const spans = predict(g, doc);
    doc.forEach((s, i) => {
      const rule = toTags(s.tokens.length, spans[i]!);
      out.push({ words: s.tokens, features: staticFeatures(g, s.tokens, rule), gold: toTags(s.tokens.length, s.gold) });
    });
  }
  return out;
}

/** Whether a tag may follow another (I-X only after B-X or I-X). */
function allowedAfter(prev: string): (c: number) => boolean {
  return (c) => !TAGS[c]!.startsWith('I-') || prev.slice(2) === TAGS[c]!.slice(2);
}

function decode(p: Perceptron, s: Prepared, learn: boolean): string[] {
  const tags: string[] = [];
  for (let i = 0; i < s.words.length; i++) {
    const prev = tags[i - 1] ?? '^';
    const f = [...s.features[i]!, ...dynamicFeatures(prev, tags[i - 2] ?? '^', s.words[i]!)];
    const guess = p.best(f, allowedAfter(prev));
    if (learn) {
      const truth = TAGS.indexOf(s.gold[i] as (typeof TAGS)[number]);
      p.update(f, truth, guess);
      tags.push(s.gold[i]!);
    } else tags.push(TAGS[guess]!);
  }
  return tags;
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

/**
 * Learns from `build` and tags `test`. `gazetteerFrom(sentences)` builds the gazetteer the rules
 * use, taught from the given build sentences only.
 */
export function tagWithLearner(
  build: readonly Sentence[],
  test: readonly Sentence[],
  gazetteerFrom: (sentences: readonly Sentence[]) => Gazetteer,
  predict: Predict,
  docSize: number,
): GoldSpan[][] {
  const foldSize = Math.ceil(build.length / FOLDS / docSize) * docSize;
  const training: Prepared[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const fold = build.slice(k * foldSize, (k + 1) * foldSize);
    const rest = [...build.slice(0, k * foldSize), ...build.slice((k + 1) * foldSize)];
    training.push(...prepare(gazetteerFrom(rest), fold, predict, docSize));
  }
  const p = new Perceptron(TAGS.length);
  for (let e = 0; e < EPOCHS; e++) for (const s of shuffled(training, e + 1)) decode(p, s, true);
  p.average();
  return prepare(gazetteerFrom(build), test, predict, docSize).map((s) => toSpans(decode(p, s, false)));
}
