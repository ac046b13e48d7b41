/**
 * `npm run bench:search-speed`: search speed at scale, on SQLite and on PostgreSQL, with Lucene
 * 4.10's figures on the same articles beside them when the shared runner can run.
 *
 *   npm run bench:search-speed -- [--articles 100000] [--pg-articles N] [--queries 500]
 *                                 [--no-sqlite] [--no-pg] [--no-lucene] [--keep DIR [--reuse]]
 *
 * `--articles` articles are composed from the ANT corpus (bench/related/generate.ts) and imported
 * through Midad's import path into a fresh SQLite file and a fresh PostgreSQL database (the
 * search index is written in each import's transaction; the enrichment and related hooks are off,
 * since they are not search). `--pg-articles` imports fewer into PostgreSQL when time is short.
 * Printed per store: indexing throughput (articles/s of the whole import, index included), the
 * index's size beside the articles' text size, and the latency p50/p95/p99 of the search service
 * (parse, analyse, rank, snippets: what the /search page and the API call) over `--queries` ANT
 * dev queries, as typed (the whole headline) and as short queries (its first two content words),
 * and of the ranking alone (the store's index query) for the headline queries.
 * `--keep DIR` keeps the SQLite file, the PostgreSQL database (`midad_search_speed`) and the import
 * figures; `--reuse` then measures the queries again without importing. `--pg-url URL` measures
 * the queries on an existing PostgreSQL store as it is (say, one `bench:related` filled), without
 * importing: its indexing figures then print as unknown.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import type { ArticleInputRaw } from '../../src/article/index.js';
import { openMidad } from '../../src/cli/open-midad.js';
import { importSources } from '../../src/newsroom/import/import-sources.js';
import { createIndexer } from '../../src/search/indexer.js';
import { search } from '../../src/search/service.js';
import { openStore } from '../../src/store/index.js';
import { composeArticles } from '../related/generate.js';
import { shared } from '../related/paths.js';
import { tempDir } from '../related/store-io.js';
import { percentiles } from '../related/timing.js';
import { withPgDatabase } from '../lib/pg.js';
import { readQueries } from '../lib/trec.js';
import { luceneSpeed, type LuceneSpeed } from './lucene-speed.js';
import { indexSizeBytes } from './index-size.js';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    'pg-articles': { type: 'string' },
    queries: { type: 'string', default: '500' },
    'no-sqlite': { type: 'boolean', default: false },
    'no-pg': { type: 'boolean', default: false },
    'no-lucene': { type: 'boolean', default: false },
    keep: { type: 'string' },
    'pg-url': { type: 'string' },
    reuse: { type: 'boolean', default: false },
  },
});
const COUNT = Number(args.articles);
const PG_COUNT = Number(args['pg-articles'] ?? args.articles);
const PG_URL = process.env.MIDAD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Articles per imported file (each file is one transaction). */
const FILE_SIZE = 2000;
const log = (l: string) => process.stderr.write(`${l}\n`);

/** The queries: the ANT dev headlines as typed, and their first two words of four letters or more. */
function querySets(n: number): Array<{ name: string; texts: string[] }> {
  const full = readQueries(shared('eval/ant/dev.queries.tsv')).slice(0, n).map((q) => q.text);
  const short = full.map((t) => t.split(/\s+/).filter((w) => w.length >= 4).slice(0, 2).join(' ') || t);
  return [
    { name: 'headline queries', texts: full },
    { name: 'two-word queries', texts: short },
  ];
}

/** UTF-8 bytes of the text an article is searched by. */
function textBytes(a: ArticleInputRaw): number {
  let n = Buffer.byteLength(a.headline ?? '');
  for (const b of (a.body ?? []) as Array<{ text?: string }>) n += Buffer.byteLength(b.text ?? '');
  return n;
}

/** What one store measured. */
interface StoreReport {
  store: string;
  articles: number;
  importS: number;
  indexBytes: number;
  dbBytes: number;
  textBytes: number;
  latency: Array<{ name: string; p: ReturnType<typeof percentiles> }>;
}

/** Imports `count` composed articles file by file; returns seconds and text bytes. */
async function importAll(db: string, count: number, dir: string): Promise<{ seconds: number; text: number }> {
  const analyzer = createAnalyzer();
  const store = await openStore(db, { indexer: createIndexer(() => analyzer) });
  let text = 0;
  let seconds = 0;
  let done = 0;
  let batch: string[] = [];
  const flush = async () => {
    const file = join(dir, 'part.jsonl');
    writeFileSync(file, batch.join('\n') + '\n');
    const t = performance.now();
    const [r] = await importSources(store, [file], { format: 'jsonl' });
    seconds += (performance.now() - t) / 1000;
    if (r?.error) throw new Error(r.error.describe());
    done += batch.length;
    batch = [];
    log(`  imported ${done}/${count} (${(done / seconds).toFixed(0)} articles/s)`);
  };
  try {
    for (const a of composeArticles(count, 7)) {
      text += textBytes(a);
      batch.push(JSON.stringify(a));
      if (batch.length === FILE_SIZE) await flush();
    }
    if (batch.length) await flush();
  } finally {
    await store.close();
  }
  return { seconds, text };
}

/** Imports (or, with --reuse, reads back the kept import's figures) and times the queries. */
async function measure(name: string, db: string, count: number, dir: string, existing = false): Promise<StoreReport> {
  const figures = join(dir, `${name.replace(/\W+/g, '-')}-import.json`);
  let imported: { seconds: number; text: number };
  if (existing) {
    imported = { seconds: Number.NaN, text: Number.NaN };
    log(`${name}: measuring the existing store as it is`);
  } else if (args.reuse && existsSync(figures)) {
    imported = JSON.parse(readFileSync(figures, 'utf8')) as typeof imported;
    log(`${name}: reusing the kept import of ${count} articles`);
  } else {
    log(`${name}: importing ${count} articles`);
    imported = await importAll(db, count, dir);
    writeFileSync(figures, JSON.stringify(imported));
  }
  const midad = await openMidad(db);
  try {
    if (existing) count = await midad.store.search.count();
    const size = await indexSizeBytes(db);
    const latency: StoreReport['latency'] = [];
    for (const set of querySets(Number(args.queries))) {
      // One warm-up pass over a few queries: the first touches of the file and the plan cache are not search.
      for (const q of set.texts.slice(0, 20)) await search(midad.store, midad.analyzer(), { q });
      const ms: number[] = [];
      for (const q of set.texts) {
        const t = performance.now();
        await search(midad.store, midad.analyzer(), { q });
        ms.push(performance.now() - t);
      }
      latency.push({ name: set.name, p: percentiles(ms) });
      log(`  ${set.name}: p95 ${percentiles(ms).p95.toFixed(1)} ms`);
    }
    // The ranking alone (the store's index query, as the service makes it), without parsing, snippets or summaries.
    const ranking: number[] = [];
    for (const text of querySets(Number(args.queries))[0]!.texts) {
      const terms = midad.analyzer().queryTerms(text);
      const t = performance.now();
      await midad.store.search.query({ terms, limit: 10, filter: { status: 'published', publishedBefore: new Date().toISOString() } });
      ranking.push(performance.now() - t);
    }
    latency.push({ name: 'headline queries, ranking only', p: percentiles(ranking) });
    return { store: name, articles: count, importS: imported.seconds, indexBytes: size.index, dbBytes: size.total, textBytes: imported.text, latency };
  } finally {
    await midad.store.close();
  }
}

const MB = (b: number) => (b / 1e6).toFixed(1);
const ms = (x: number) => x.toFixed(1);
/** Indexing rate and the index's size against the text: unknown for a store measured as it was found. */
const rate = (r: StoreReport) => (Number.isNaN(r.importS) ? '–' : `${(r.articles / r.importS).toFixed(0)} (${r.importS.toFixed(0)} s)`);
const ratio = (r: StoreReport) => (Number.isNaN(r.textBytes) ? 'text –' : `${MB(r.textBytes)}, ${(r.indexBytes / r.textBytes).toFixed(2)}×`);
const reports: StoreReport[] = [];
const dir = args.keep ?? tempDir('search-speed');
mkdirSync(dir, { recursive: true });

/** The kept PostgreSQL database's URL, created when missing (emptied unless reused). */
async function keptPgDatabase(): Promise<string> {
  const name = 'midad_search_speed';
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    if (!args.reuse) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

if (!args['no-sqlite']) {
  const file = join(dir, 'speed.db');
  if (!args.reuse) rmSync(file, { force: true });
  reports.push(await measure('SQLite (FTS5)', file, COUNT, dir));
  log(`  file ${MB(statSync(file).size)} MB`);
}
if (args['pg-url']) {
  reports.push(await measure('PostgreSQL', args['pg-url'], 0, dir, true));
} else if (!args['no-pg']) {
  if (args.keep) reports.push(await measure('PostgreSQL', await keptPgDatabase(), PG_COUNT, dir));
  else await withPgDatabase(PG_URL, async (url) => void reports.push(await measure('PostgreSQL', url, PG_COUNT, dir)));
}
let lucene: LuceneSpeed | null = null;
if (!args['no-lucene']) {
  lucene = luceneSpeed(composeArticles(COUNT, 7), querySets(Number(args.queries))[0]!.texts, dir, log);
}

console.log(`\nSearch speed: articles composed from the ANT corpus, ${args.queries} ANT dev queries per set, search service with snippets, 10 per page\n`);
console.log('| store | articles | indexing (articles/s) | index MB (text MB, ratio) | database MB | query set | p50 ms | p95 ms | p99 ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of reports) {
  for (const l of r.latency) {
    console.log(
      `| ${r.store} | ${r.articles} | ${rate(r)} | ${MB(r.indexBytes)} (${ratio(r)}) | ${MB(r.dbBytes)} | ${l.name} | ${ms(l.p.p50)} | ${ms(l.p.p95)} | ${ms(l.p.p99)} |`,
    );
  }
}
if (lucene) {
  console.log(
    `| Lucene 4.10 ArabicAnalyzer (in-process, no snippets) | ${lucene.docs} | ${lucene.docsPerS.toFixed(0)} | – (indexed in RAM) | – | headline queries | ${ms(lucene.p50)} | ${ms(lucene.p95)} | – |`,
  );
}
console.log('\nTargets (issue 4): SQLite p95 < 20 ms, PostgreSQL p95 < 50 ms at 100,000 articles.');
if (!args.keep) rmSync(dir, { recursive: true, force: true });
