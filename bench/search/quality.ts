/**
 * `npm run bench:search`: known-item search quality on the ANT corpus, Midad on SQLite and on
 * PostgreSQL beside Lucene 4.10's ArabicAnalyzer (BM25 k1 0.9, b 0.4) in the same run.
 *
 *   npm run bench:search -- [--queries F --qrels F] [--run-dir D] [--no-pg] [--no-lucene]
 *
 * The corpus is imported as articles (id, headline, section, date, body) through Midad's own
 * import path, `midad reindex` learns the stem lexicon, and the queries run with `--in body`
 * (the headline query must be matched through the body's wording), exactly as
 * `midad search --batch QUERIES --in body --limit 100` does. Runs are scored by
 * ../shared/tools/trec_eval.mjs; Recall@10 is computed from the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openMidad, type Midad } from '../../src/cli/open-midad.js';
import { importSources } from '../../src/newsroom/import/import-sources.js';
import { search } from '../../src/search/service.js';
import { luceneRun } from '../analyzer/lucene.js';
import { writeTextOnlyCorpus } from '../analyzer/corpus.js';
import { readAnt, writeAntJsonl } from '../lib/ant.js';
import { withPgDatabase } from '../lib/pg.js';
import { average, readQueries, scoreRun, type Metrics } from '../lib/trec.js';

const SHARED = resolve('../shared');
const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(SHARED, 'eval/ant/corpus.jsonl') },
    queries: { type: 'string', default: join(SHARED, 'eval/ant/dev.queries.tsv') },
    qrels: { type: 'string', default: join(SHARED, 'eval/ant/dev.qrels.txt') },
    'run-dir': { type: 'string', default: 'bench/out/search-runs' },
    'no-pg': { type: 'boolean', default: false },
    'no-lucene': { type: 'boolean', default: false },
  },
});
const OUT = 'bench/out';
const EVALUATOR = join(SHARED, 'tools/trec_eval.mjs');
const PG_URL = process.env.MIDAD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
mkdirSync(args['run-dir'], { recursive: true });
mkdirSync(OUT, { recursive: true });

const docs = readAnt(args.corpus);
const jsonl = writeAntJsonl(docs, join(OUT, 'ant-articles.jsonl'));
const queries = readQueries(args.queries);

/** Imports, reindexes and runs every query on one store; returns the run path and timings. */
async function runOn(name: string, midad: Midad): Promise<{ run: string; importS: number; reindexS: number; queryMs: number }> {
  let t = performance.now();
  const [r] = await importSources(midad.store, [jsonl]);
  if (r?.error) throw r.error;
  const importS = (performance.now() - t) / 1000;
  t = performance.now();
  await midad.reindex();
  const reindexS = (performance.now() - t) / 1000;
  const lines: string[] = [];
  t = performance.now();
  for (const q of queries) {
    const res = await search(midad.store, midad.analyzer(), { q: q.text, in: 'body', pageSize: 100, scope: 'all', snippets: false, syntax: 'plain' });
    res.hits.forEach((h, i) => lines.push(`${q.qid} Q0 ${h.article.externalId ?? h.article.id} ${i + 1} ${h.score.toFixed(6)} midad`));
  }
  const queryMs = (performance.now() - t) / queries.length;
  const run = join(args['run-dir'], `midad-${name}.run`);
  writeFileSync(run, lines.join('\n') + '\n');
  return { run, importS, reindexS, queryMs };
}

const rows: Array<{ name: string; m: Metrics; note: string }> = [];
const sqlitePath = join(OUT, `bench-search-${process.pid}.db`);
{
  const midad = await openMidad(sqlitePath);
  const r = await runOn('sqlite', midad);
  await midad.store.close();
  rows.push({ name: 'Midad on SQLite (FTS5)', m: average(scoreRun(EVALUATOR, args.qrels, r.run)), note: `import ${r.importS.toFixed(0)} s, reindex ${r.reindexS.toFixed(0)} s, ${r.queryMs.toFixed(1)} ms/query` });
}
if (!args['no-pg']) {
  await withPgDatabase(PG_URL, async (url) => {
    const midad = await openMidad(url);
    try {
      const r = await runOn('postgres', midad);
      rows.push({ name: 'Midad on PostgreSQL', m: average(scoreRun(EVALUATOR, args.qrels, r.run)), note: `import ${r.importS.toFixed(0)} s, reindex ${r.reindexS.toFixed(0)} s, ${r.queryMs.toFixed(1)} ms/query` });
    } finally {
      await midad.store.close();
    }
  });
}
let lucene: Metrics | null = null;
if (!args['no-lucene']) {
  const textOnly = join(OUT, 'ant-text-only.jsonl');
  writeTextOnlyCorpus(docs, textOnly);
  const run = luceneRun(join(SHARED, 'tools/lucene-baseline/run.sh'), textOnly, args.queries, args.qrels, OUT);
  lucene = average(scoreRun(EVALUATOR, args.qrels, run));
  rows.push({ name: 'Lucene 4.10 ArabicAnalyzer BM25 (k1 0.9, b 0.4)', m: lucene, note: 'baseline, same run' });
}

const f = (x: number) => x.toFixed(4);
console.log(`\nKnown-item search, ${queries.length} queries from ${args.queries}, corpus ${args.corpus} (${docs.length} articles), --in body\n`);
console.log('| run | MRR@10 | Recall@10 | nDCG@10 | Recall@100 | vs Lucene MRR / nDCG | notes |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const vs = lucene ? `${((r.m.mrr10 / lucene.mrr10 - 1) * 100).toFixed(1)}% / ${((r.m.ndcg10 / lucene.ndcg10 - 1) * 100).toFixed(1)}%` : '';
  console.log(`| ${r.name} | ${f(r.m.mrr10)} | ${f(r.m.recall10)} | ${f(r.m.ndcg10)} | ${f(r.m.recall100)} | ${vs} | ${r.note} |`);
}
if (lucene) console.log(`\nTarget: ≥ 5% over Lucene on both MRR@10 (≥ ${f(lucene.mrr10 * 1.05)}) and nDCG@10 (≥ ${f(lucene.ndcg10 * 1.05)}).`);
