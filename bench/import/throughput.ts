/**
 * `npm run bench:import`: import throughput and quality. Not a test: prints tables.
 *
 * Parses a generated corpus (bench/import/corpus: page dumps, 50–150 KB HTML pages in the
 * shapes of our fixtures, RSS/Atom feeds and JSONL; article text from
 * ../shared/eval/ant/corpus.jsonl read at run time) and reports, per format, articles per
 * CPU-second of one process ("per core", garbage collection included), wall time and the
 * peak resident set; also the median and best rate of batches of 100 items, since other work
 * on a busy machine inflates CPU time too (a core shared by hyper-threads or a hypervisor runs
 * slower), and the median batch is the figure held against the target. Each format runs in a child process of its own, so each row's peak RSS
 * is that format's alone. Beside the speed, in the same run, the quality: page-dump field
 * accuracy by ../shared/tools/score_import.py, HTML body token F1 against the gold with
 * readability's raw output on the same bytes as the baseline. Then (unless --no-e2e) a
 * sample goes end to end through importSources into a temporary SQLite store.
 *
 *   npm run bench:import -- [--pages 10000] [--e2e 100] [--seed 1] [--only dump|html|feed|jsonl|e2e] [--no-e2e]
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dumpQuality, htmlQuality, type HtmlScore, type Score } from './quality.js';
import { runChild, type ChildResult } from './throughput-child.js';
import { table } from './table.js';

// The issue's targets, in articles per second on one core.
const TARGETS: Record<string, number> = { dump: 1000, html: 200 };

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

/** Runs one measurement in a fresh process and returns what it printed. */
function inChild(kind: string, args: string[]): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', kind, ...args], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 24 });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`${kind} run failed (exit ${r.status})`);
  return JSON.parse(last) as ChildResult;
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const rate = (n: number, ms: number) => (ms > 0 ? Math.round((n * 1000) / ms).toLocaleString('en') : '-');
const pct = (x: number) => (x * 100).toFixed(1);

/** The quality cells (Midad, baseline) of each format's row. */
function qualityCells(dumps: Score[], html: HtmlScore[]): Record<string, [string, string]> {
  const lbc = html.find((h) => h.name.startsWith('lbc'));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const ours = html.filter((h) => h !== lbc);
  const wins = html.filter((h) => h.midad.f1 > h.readability.f1).length;
  return {
    dump: [`seed ${dumps[0]!.value.split(' ').pop()} (${dumps[0]!.value.split(' ')[0]} fields)`, '—'],
    html: [
      `${lbc ? `LBC F1 ${pct(lbc.midad.f1)}, ` : ''}fixtures mean F1 ${pct(mean(ours.map((h) => h.midad.f1)))}`,
      `${lbc ? `LBC ${pct(lbc.readability.f1)}, ` : ''}fixtures ${pct(mean(ours.map((h) => h.readability.f1)))} (Midad ahead on ${wins}/${html.length})`,
    ],
  };
}

function main(args: string[]): void {
  const only = option(args, 'only', '');
  const pass = ['--pages', option(args, 'pages', '10000'), '--e2e', option(args, 'e2e', '100'), '--seed', option(args, 'seed', '1')];
  const kinds = only ? [only] : ['dump', 'html', 'feed', 'jsonl', ...(args.includes('--no-e2e') ? [] : ['e2e'])];
  const load = loadavg()[0]!;
  const results = kinds.map((k) => {
    process.stderr.write(`running ${k}…\n`);
    return inChild(k, pass);
  });
  const parse = results.filter((r) => r.kind !== 'e2e');
  if (parse.length) {
    process.stderr.write('scoring quality…\n');
    const dumps = dumpQuality();
    const html = htmlQuality();
    const q = qualityCells(dumps, html);
    console.log(`\nParse throughput on one core (generated corpus, article text from ${parse[0]!.textFrom}); quality in the same run\n`);
    console.log(
      table(
        ['format', 'pages/items', 'articles', 'CPU s', 'articles/s per core', 'median batch', 'best batch', 'target (median batch)', 'wall s', 'articles/s wall', 'peak RSS MB', 'failed', 'quality (Midad)', 'baseline'],
        parse.map((r) => {
          const sorted = [...r.batchRates].sort((a, b) => a - b);
          const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
          const best = sorted[sorted.length - 1] ?? 0;
          const target = TARGETS[r.kind];
          const [mine, base] = q[r.kind] ?? ['—', '—'];
          const n = (x: number) => Math.round(x).toLocaleString('en');
          return [r.label, r.pages.toLocaleString('en'), r.articles.toLocaleString('en'), s(r.cpuMs), rate(r.articles, r.cpuMs), n(median), n(best), target ? `≥ ${target}: ${median >= target ? 'met' : 'NOT met'}` : '—', s(r.wallMs), rate(r.articles, r.wallMs), r.peakRssMb.toFixed(0), String(r.failed), mine, base];
        }),
      ),
    );
    for (const r of parse.filter((x) => x.breakdown.length)) {
      console.log(`\n${r.label} by shape\n`);
      console.log(table(['shape', 'charset', 'pages', 'avg KB', 'CPU ms/page', 'pages/s per core'], r.breakdown.map((b) => [b.name, b.charset, String(b.pages), b.avgKb.toFixed(0), (b.cpuMs / b.pages).toFixed(2), rate(b.pages, b.cpuMs)])));
    }
    console.log('\nHTML body text against the gold: token precision / recall / F1 (%), Midad and readability\'s raw textContent on the same bytes\n');
    console.log(table(['page', 'Midad P', 'Midad R', 'Midad F1', 'Readab. P', 'Readab. R', 'Readab. F1'], html.map((h) => [h.name, pct(h.midad.precision), pct(h.midad.recall), pct(h.midad.f1), pct(h.readability.precision), pct(h.readability.recall), pct(h.readability.f1)])));
    console.log('\nPage dumps, field-level accuracy (../shared/tools/score_import.py)\n');
    console.log(table(['dumps', 'correct/total accuracy'], dumps.map((d) => [d.what, d.value])));
  }
  const e2e = results.find((r) => r.kind === 'e2e');
  if (e2e) {
    console.log('\nEnd-to-end import of a sample: importSources → temporary SQLite store (parse + store + search index + annotations + related lists), one transaction per source\n');
    console.log(table(['sample', 'sources', 'articles stored', 'CPU s', 'articles/s per core', 'wall s', 'peak RSS MB', 'failed'], [[e2e.label, e2e.pages.toLocaleString('en'), e2e.articles.toLocaleString('en'), s(e2e.cpuMs), rate(e2e.articles, e2e.cpuMs), s(e2e.wallMs), e2e.peakRssMb.toFixed(0), String(e2e.failed)]]));
  }
  console.log(`\nload average of the machine: ${load.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end, on ${cpus().length} cores (other work competes: CPU time, not wall time, is the per-core figure, and the median batch the one least disturbed)`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await runChild(argv[1]!, argv.slice(2));
else main(argv);
