/**
 * Bench part 3: speed on one core. Articles are the ANT corpus's first N news articles
 * (../shared/eval/ant/corpus.jsonl, Apache-2.0; paragraphs split on new lines) and the seed's
 * first article (about 9,000 characters, the long end). Times are CPU time of this single-
 * threaded process, so other work on a shared machine does not inflate them. The gazetteer is built once, before
 * timing, as a server would at start-up; its build time is printed apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, createGazetteer, type ArticleText } from '../../src/enrich/index.js';
import { SHARED } from './paths.js';
import { seedArticle } from './seed.js';

const ANT_ARTICLES = 2000;
const SEED_RUNS = 100;
const ROUNDS = 5;

function antArticles(n: number): ArticleText[] {
  const lines = readFileSync(join(SHARED, 'eval', 'ant', 'corpus.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, n);
  return lines.map((l) => {
    const d = JSON.parse(l) as { title: string; text: string };
    const body = d.text
      .split(/\n+/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ type: 'paragraph' as const, text }));
    return { headline: d.title, body };
  });
}

/**
 * Milliseconds of CPU per article (user + system time of this process, which runs on one
 * thread): wall time on a shared machine counts other people's work too.
 */
function time(articles: readonly ArticleText[], runs: number, run: (a: ArticleText) => void): number {
  // Warm the JIT first; then keep the median of ROUNDS rounds, since a shared machine's noise
  // only ever adds time.
  for (let w = 0; w < Math.max(1, Math.ceil(200 / articles.length)); w++) for (const a of articles) run(a);
  const rounds: number[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const t0 = process.cpuUsage();
    for (let r = 0; r < runs; r++) for (const a of articles) run(a);
    const used = process.cpuUsage(t0);
    rounds.push((used.user + used.system) / 1000 / (runs * articles.length));
  }
  return rounds.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

/** Part 3's figures. */
export interface SpeedFigures {
  readonly firstBuildMs: number;
  readonly articles: number;
  readonly meanChars: number;
  readonly seedBlocks: number;
  readonly antMs: number;
  readonly seedMs: number;
}

/**
 * Measures part 3. Run it before part 2: the NER tagger leaves a large heap behind, and the
 * garbage collector's work on it (CPU time of this process too) would be charged to annotate.
 */
export function measureSpeed(firstBuildMs: number): SpeedFigures {
  const g = createGazetteer();
  const ant = antArticles(ANT_ARTICLES);
  const meanChars = ant.reduce((n, a) => n + a.headline.length + a.body.reduce((m, b) => m + ('text' in b ? b.text.length : 0), 0), 0) / ant.length;
  const antMs = time(ant, 1, (a) => annotate(a, { gazetteer: g }));
  const seed = seedArticle();
  const seedMs = time([seed], SEED_RUNS, (a) => annotate(a, { gazetteer: g }));
  return { firstBuildMs, articles: ant.length, meanChars, seedBlocks: seed.body.length, antMs, seedMs };
}

/** Prints part 3's figures. */
export function printSpeed(f: SpeedFigures): void {
  console.log('## 3. Speed — one core, gazetteer built once');
  console.log(`gazetteer build: ${f.firstBuildMs.toFixed(0)} ms, the first in this process (once per process, not per article)`);
  console.log(`ANT corpus, ${f.articles} articles (mean ${f.meanChars.toFixed(0)} chars): ${f.antMs.toFixed(3)} ms/article, ${Math.round(60000 / f.antMs).toLocaleString('en')} articles/min (targets < 5 ms; ≥ 10,000/min)`);
  console.log(`seed article 0 (${f.seedBlocks} blocks, long): ${f.seedMs.toFixed(3)} ms/article, ${Math.round(60000 / f.seedMs).toLocaleString('en')} articles/min`);
}
