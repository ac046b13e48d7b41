/**
 * Bench part 2: named entities on NewsFANE Gold, exact token spans, per kind and micro-F1.
 *
 * Split: the first half of the sentences may be used to BUILD (at run time, from ../shared:
 * nothing derived from the corpus is committed), the second half is only scored.
 * Sentences are read in runs of DOC_SENTENCES as pseudo-articles, since the corpus marks no
 * document boundaries and coreference (a surname after a full name) works per article.
 * Configurations:
 *   A. product: Midad's committed facts and patterns only;
 *   B. + entity table: entity strings of the first half confirmed into the gazetteer with
 *      teach(), as the store's entity table would after editors confirmed those articles.
 *   C. B + word counts of the first half, fed through the same gazetteer methods: first words
 *      of confirmed people's names as given names, words that mostly stand before a person as
 *      titles, and frequent words never inside a name as non-name words.
 *   D. a tagger learnt at run time on the first half over the rules' tags (tagger/): where
 *      the corpus's conventions and vocabulary differ from Midad's rules. The rules run with the
 *      counted words of C; the entity table is one of the tagger's features. In memory only.
 */
import { analyze, createGazetteer, entitySpans, teach, type Correction, type EntityKind, type Gazetteer } from '../../src/enrich/index.js';
import { readNewsFane, type GoldSpan, type Sentence } from './newsfane.js';
import { tagWithLearner, type Gazetteers } from './tagger/tagger.js';

/** Sentences per pseudo-article. */
const DOC_SENTENCES = 12;
/** An entity string enters the table when at least this share of its occurrences are tagged. */
const MIN_ENTITY_SHARE = 0.5;
const KINDS: EntityKind[] = ['person', 'place', 'organization'];

/** Counts of one configuration. */
export interface NerCounts {
  tp: Record<EntityKind, number>;
  fp: Record<EntityKind, number>;
  fn: Record<EntityKind, number>;
}

function zero(): Record<EntityKind, number> {
  return { person: 0, place: 0, organization: 0 };
}

/** Predicted token spans of a run of sentences, by analysing them as one article. */
export function predict(g: Gazetteer, sentences: readonly Sentence[]): GoldSpan[][] {
  const texts = sentences.map((s) => s.tokens.join(' '));
  const a = analyze({ headline: '', body: texts.map((text) => ({ type: 'paragraph' as const, text })) }, g);
  const out: GoldSpan[][] = sentences.map(() => []);
  const starts = sentences.map((s) => {
    const offs: number[] = [];
    let o = 0;
    for (const t of s.tokens) {
      offs.push(o);
      o += t.length + 1;
    }
    return offs;
  });
  for (const sp of entitySpans(a)) {
    const block = a.units[sp.unit]!.block;
    if (block < 0) continue;
    const offs = starts[block]!;
    const toks = sentences[block]!.tokens;
    // The token that holds the span's start, and the one that holds its end: a clitic trimmed
    // off a name («لموسكو») still belongs to the corpus's token.
    let from = 0;
    while (from + 1 < offs.length && offs[from + 1]! <= sp.start) from++;
    let to = from;
    while (to < offs.length && offs[to]! < sp.end) to++;
    if (to > from && offs[to - 1]! + toks[to - 1]!.length >= sp.end) out[block]!.push({ from, to, kind: sp.kind });
  }
  return out;
}

/** Counts predicted spans (one list per sentence) against the gold. */
export function countSpans(sentences: readonly Sentence[], pred: readonly GoldSpan[][]): NerCounts {
  const c: NerCounts = { tp: zero(), fp: zero(), fn: zero() };
  sentences.forEach((s, i) => {
    const gold = new Set(s.gold.map((x) => `${x.from}:${x.to}:${x.kind}`));
    const seen = new Set<string>();
    for (const p of pred[i]!) {
      const k = `${p.from}:${p.to}:${p.kind}`;
      if (seen.has(k)) continue;
      seen.add(k);
      if (gold.has(k)) c.tp[p.kind]++;
      else c.fp[p.kind]++;
    }
    for (const x of s.gold) if (!seen.has(`${x.from}:${x.to}:${x.kind}`)) c.fn[x.kind]++;
  });
  return c;
}

/** Scores a configuration over sentences. */
export function score(g: Gazetteer, sentences: readonly Sentence[]): NerCounts {
  const pred: GoldSpan[][] = [];
  for (let d = 0; d < sentences.length; d += DOC_SENTENCES) pred.push(...predict(g, sentences.slice(d, d + DOC_SENTENCES)));
  return countSpans(sentences, pred);
}

/** Entity-table corrections from sentences: strings mostly tagged as one kind. */
export function entityTable(sentences: readonly Sentence[]): Correction[] {
  const tagged = new Map<string, Map<EntityKind, number>>();
  for (const s of sentences) {
    for (const x of s.gold) {
      const key = s.tokens.slice(x.from, x.to).join(' ');
      const m = tagged.get(key) ?? new Map<EntityKind, number>();
      m.set(x.kind, (m.get(x.kind) ?? 0) + 1);
      tagged.set(key, m);
    }
  }
  const occurrences = new Map<string, number>();
  const longest = Math.max(...[...tagged.keys()].map((k) => k.split(' ').length));
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      for (let n = 1; n <= longest && i + n <= s.tokens.length; n++) {
        const key = s.tokens.slice(i, i + n).join(' ');
        if (tagged.has(key)) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
      }
    }
  }
  const out: Correction[] = [];
  for (const [name, kinds] of tagged) {
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    if (total / (occurrences.get(name) ?? total) < MIN_ENTITY_SHARE) continue;
    const kind = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    out.push({ type: 'confirm', name, kind });
  }
  return out;
}

function f1(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

/** Prints a configuration's figures; returns its micro-F1. */
export function report(label: string, c: NerCounts): number {
  const row = (name: string, tp: number, fp: number, fn: number): string => {
    const [p, r, f] = f1(tp, fp, fn);
    return `${name.padEnd(13)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (gold ${tp + fn})`;
  };
  console.log(`  ${label}`);
  for (const k of KINDS) console.log('    ' + row(k, c.tp[k], c.fp[k], c.fn[k]));
  const sum = (r: Record<EntityKind, number>) => KINDS.reduce((a, k) => a + r[k], 0);
  console.log('    ' + row('micro', sum(c.tp), sum(c.fp), sum(c.fn)));
  const macro = KINDS.reduce((a, k) => a + f1(c.tp[k], c.fp[k], c.fn[k])[2], 0) / KINDS.length;
  console.log(`    macro-F1 ${macro.toFixed(3)}`);
  return f1(sum(c.tp), sum(c.fp), sum(c.fn))[2];
}

/** Word lexicons counted on the build half (see configuration C). */
export interface CountLexicons {
  givenNames: string[];
  titles: string[];
  nonNameWords: string[];
}

/** Minimum occurrences for a counted word to be trusted. */
const MIN_COUNT = 3;

/** Counts word lexicons on sentences (build half only). */
export function countLexicons(sentences: readonly Sentence[]): CountLexicons {
  const total = new Map<string, number>();
  const firstOfPerson = new Map<string, number>();
  const beforePerson = new Map<string, number>();
  const inName = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of sentences) {
    for (const t of s.tokens) bump(total, t);
    for (const x of s.gold) {
      for (let k = x.from; k < x.to; k++) bump(inName, s.tokens[k]!);
      if (x.kind !== 'person') continue;
      if (x.to - x.from > 1) bump(firstOfPerson, s.tokens[x.from]!);
      if (x.from > 0) bump(beforePerson, s.tokens[x.from - 1]!);
    }
  }
  const share = (m: Map<string, number>, min: number) =>
    [...m.entries()].filter(([w, n]) => w.length > 2 && n / (total.get(w) ?? n) >= min).map(([w]) => w);
  const givenNames = share(firstOfPerson, 0.5);
  const titles = share(beforePerson, 0.3).filter((w) => (beforePerson.get(w) ?? 0) >= MIN_COUNT);
  // Only words without the article: those are the ones a name runs into («رايس ستزور»).
  const nonNameWords = [...total.entries()]
    .filter(([w, n]) => n >= MIN_COUNT && !inName.has(w) && !w.startsWith('ال') && !/^[0-9]/.test(w))
    .map(([w]) => w);
  return { givenNames, titles, nonNameWords };
}

/** Teaches counted lexicons to a gazetteer. */
export function teachCounts(g: Gazetteer, c: CountLexicons): Gazetteer {
  for (const w of c.givenNames) g.addGivenName(w);
  for (const w of c.titles) if (!g.speechWords.has(w)) g.addTitle(w);
  for (const w of c.nonNameWords) if (!g.givenNames.has(w)) g.addNonNameWord(w);
  return g;
}

/**
 * Configuration D's gazetteers from build sentences: the rules run with the counted words only,
 * as the entity table taught into them ends names where the table's shorter entries end
 * (on the dev quarter D scored 0.792 with it in the rules, 0.803 with it as features only).
 */
export function taggerGazetteers(sentences: readonly Sentence[]): Gazetteers {
  const counts = countLexicons(sentences);
  return { rules: teachCounts(createGazetteer(), counts), features: teachCounts(teach(createGazetteer(), entityTable(sentences)), counts) };
}

/** Runs part 2 on a split (build on `build`, score on `test`) and prints it. */
export function runNer(build: readonly Sentence[], test: readonly Sentence[], title: string): void {
  console.log(title);
  report('A. product facts and patterns only', score(createGazetteer(), test));
  const table = entityTable(build);
  report(`B. + entity table from the build half (${table.length} entries, taught at run time)`, score(teach(createGazetteer(), table), test));
  const counts = countLexicons(build);
  const label = `C. B + counted words (${counts.givenNames.length} given names, ${counts.titles.length} titles, ${counts.nonNameWords.length} non-name words)`;
  report(label, score(teachCounts(teach(createGazetteer(), table), counts), test));
  const learnt = tagWithLearner(build, test, taggerGazetteers, predict, DOC_SENTENCES);
  report('D. a tagger learnt at run time on the build half over the rules\' tags (rules with counted words; entity table as features; structured perceptron, Viterbi; see tagger/)', countSpans(test, learnt));
}

/** The halves: build on the first, score on the second. */
export function halves(): [Sentence[], Sentence[]] {
  const all = readNewsFane();
  const half = Math.floor(all.length / 2);
  return [all.slice(0, half), all.slice(half)];
}
