/**
 * Known-item retrieval on the ANT corpus: Midad's analyzer + FTS5-mirroring BM25 against
 * Lucene's ArabicAnalyzer, in one command.
 *
 *   npx tsx bench/analyzer/ant.ts [--queries F --qrels F --run-dir D --corpus F] [--no-lucene]
 *
 * Indexes the corpus TEXT only (not the title), runs the queries, writes TREC runs, scores them
 * with ../shared/tools/trec_eval.mjs and prints MRR@10, Recall@10, nDCG@10, Recall@100 over all
 * queries, the first half (used for tuning decisions) and the second half (held out).
 *
 * Midad is measured two ways: the text as one column, and the text plus its first sentence as a
 * second "lead" column weighted LEAD_WEIGHT (FTS5: bm25(fts, 1.0, 4.0)); news puts the story in
 * its first sentence, which is what a headline query paraphrases.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { learnLexicon } from '../../src/arabic/lexicon.js';
import { splitSentences } from '../../src/arabic/sentences.js';
import { tokenize } from '../../src/arabic/tokenize.js';
import { Bm25Index, FTS5_PARAMS, type Bm25Params, type Hit } from '../lib/bm25.js';
import { average, readQueries, scoreRun, writeRun, type Metrics, type PerQuery } from '../lib/trec.js';
import { readCorpus, writeTextOnlyCorpus } from './corpus.js';
import { luceneRun } from './lucene.js';

const SHARED = resolve('../shared');
const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(SHARED, 'eval/ant/corpus.jsonl') },
    queries: { type: 'string', default: join(SHARED, 'eval/ant/dev.queries.tsv') },
    qrels: { type: 'string', default: join(SHARED, 'eval/ant/dev.qrels.txt') },
    'run-dir': { type: 'string', default: 'bench/out/runs' },
    'no-lucene': { type: 'boolean', default: false },
  },
});
const EVALUATOR = join(SHARED, 'tools/trec_eval.mjs');
const LUCENE = join(SHARED, 'tools/lucene-baseline/run.sh');
const OUT = 'bench/out';
const TOP_K = 100;
/** Weight of the lead column against the text column's 1, chosen on the first half of the dev queries (2–8 tried). */
const LEAD_WEIGHT = 4;
mkdirSync(args['run-dir'], { recursive: true });

const docs = readCorpus(args.corpus);
const queries = readQueries(args.queries);
const half = Math.ceil(queries.length / 2);
const tuning = new Set(queries.slice(0, half).map((q) => q.qid));

// The lexicon is learned from the corpus being indexed, as the product does at index time.
let t0 = performance.now();
const lexicon = learnLexicon(docs.map((d) => d.text));
const lexiconMs = performance.now() - t0;
const analyzer = createAnalyzer({ lexicon });

t0 = performance.now();
const bodies = docs.map((d) => analyzer.indexTerms(d.text));
const analyzeMs = performance.now() - t0;
const leads = docs.map((d) => analyzer.indexTerms(splitSentences(d.text)[0]?.text ?? ''));
const words = docs.reduce((n, d) => n + tokenize(d.text).length, 0);
const terms = bodies.reduce((n, t) => n + t.length, 0);

const textIndex = new Bm25Index(1);
const leadIndex = new Bm25Index(2);
docs.forEach((d, i) => {
  textIndex.add(d.id, [bodies[i]!]);
  leadIndex.add(d.id, [bodies[i]!, leads[i]!]);
});

function runMidad(name: string, index: Bm25Index, params: Bm25Params, weights?: number[]): PerQuery {
  const results = new Map<string, Hit[]>();
  for (const q of queries) results.set(q.qid, index.search(analyzer.queryTerms(q.text), { limit: TOP_K, params, weights }));
  const path = join(args['run-dir'], `${name}.run`);
  writeRun(path, results, name);
  return scoreRun(EVALUATOR, args.qrels, path);
}

const ANSERINI = { k1: 0.9, b: 0.4 };
const rows: Array<[string, PerQuery]> = [
  ['midad fts5 bm25, text', runMidad('midad-fts5-text', textIndex, FTS5_PARAMS)],
  [`midad fts5 bm25, text + lead×${LEAD_WEIGHT}`, runMidad('midad-fts5-lead', leadIndex, FTS5_PARAMS, [1, LEAD_WEIGHT])],
  ['midad bm25 k1 0.9 b 0.4, text', runMidad('midad-k0.9-b0.4-text', textIndex, ANSERINI)],
  [`midad bm25 k1 0.9 b 0.4, text + lead×${LEAD_WEIGHT}`, runMidad('midad-k0.9-b0.4-lead', leadIndex, ANSERINI, [1, LEAD_WEIGHT])],
];
if (!args['no-lucene']) {
  const textCorpus = join(OUT, 'ant-text-only.jsonl');
  writeTextOnlyCorpus(docs, textCorpus);
  rows.push(['lucene 4.10 arabic bm25 k1 0.9 b 0.4, text', scoreRun(EVALUATOR, args.qrels, luceneRun(LUCENE, textCorpus, args.queries, args.qrels, OUT))]);
}

const fmt = (m: Metrics): string => [m.mrr10, m.recall10, m.ndcg10, m.recall100].map((x) => x.toFixed(4).padStart(8)).join(' ');
console.log(`corpus ${args.corpus} (${docs.length} docs, text only); queries ${args.queries} (${queries.length})`);
console.log(`${'run'.padEnd(44)} ${'split'.padEnd(8)}   MRR@10     R@10  nDCG@10    R@100`);
for (const [name, perQuery] of rows) {
  for (const [split, keep] of [
    ['all', () => true],
    [`1st half`, (q: string) => tuning.has(q)],
    [`2nd half`, (q: string) => !tuning.has(q)],
  ] as const) {
    console.log(`${name.padEnd(44)} ${split.padEnd(8)} ${fmt(average(perQuery, keep))}`);
  }
}
console.log(
  `analyzer: ${words} words → ${terms} terms in ${(analyzeMs / 1000).toFixed(2)} s = ${Math.round(words / (analyzeMs / 1000))} tokens/s ` +
    `(lexicon of ${lexicon.size} words learned first, in ${(lexiconMs / 1000).toFixed(2)} s = ${Math.round(words / (lexiconMs / 1000))} tokens/s)`,
);
