/**
 * One throughput measurement, run in a process of its own (see throughput.ts): parse the
 * generated dumps, HTML pages, feeds or JSONL, or import a sample end to end, and print one
 * JSON line.
 * Generating a page is not measured; only the parse (or import) call is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMidad } from '../../src/cli/open-midad.js';
import { parseSource } from '../../src/ingest/parse-source.js';
import { importSources } from '../../src/newsroom/import/import-sources.js';
import { makeCorpus, type Corpus } from './corpus/index.js';
import type { HtmlPage } from './corpus/html-page.js';
import { meter, peakRssMb } from './measure.js';

/** Per-shape figures of the HTML run. */
export interface Breakdown {
  name: string;
  charset: string;
  pages: number;
  avgKb: number;
  cpuMs: number;
}

/** What a child reports. */
export interface ChildResult {
  kind: string;
  label: string;
  textFrom: string;
  pages: number;
  articles: number;
  failed: number;
  cpuMs: number;
  wallMs: number;
  peakRssMb: number;
  breakdown: Breakdown[];
  /** Articles per CPU-second of each batch (see BATCH), for figures robust to other work on the machine. */
  batchRates: number[];
}

// Warm-up items come from far outside the measured range, so the JIT has seen every shape.
const WARMUP_FROM = 10_000_000;
const WARMUP = 40;
// Items are generated a batch at a time before the batch is parsed, so that the garbage of
// generating them is collected while generating, not charged to the parse it would interrupt.
const BATCH = 100;

const numberOption = (args: string[], name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) || fallback : fallback;
};

/** Parses generated items until `target` units (pages or articles) are done; only the parse is timed. */
function parseLoop(
  kind: string,
  label: string,
  target: number,
  item: (i: number) => { bytes: Uint8Array; units: number; file: string },
): Omit<ChildResult, 'textFrom' | 'peakRssMb'> {
  for (let k = 0; k < WARMUP; k++) {
    const w = item(WARMUP_FROM + k);
    parseSource(w.bytes, { file: w.file });
  }
  const m = meter();
  let pages = 0;
  let articles = 0;
  let failed = 0;
  const batchRates: number[] = [];
  for (let at = 0; pages < target; at += BATCH) {
    const batch = Array.from({ length: BATCH }, (_, k) => item(at + k));
    const [cpu0, articles0] = [m.cpuMs, articles];
    for (const it of batch) {
      if (pages >= target) break;
      pages += it.units;
      try {
        articles += m.time(() => parseSource(it.bytes, { file: it.file })).articles.length;
      } catch {
        failed++;
      }
    }
    if (m.cpuMs > cpu0) batchRates.push(((articles - articles0) * 1000) / (m.cpuMs - cpu0));
  }
  return { kind, label, pages, articles, failed, cpuMs: m.cpuMs, wallMs: m.wallMs, breakdown: [], batchRates };
}

const enc = new TextEncoder();

function dumps(corpus: Corpus, target: number): Omit<ChildResult, 'textFrom' | 'peakRssMb'> {
  return parseLoop('dump', 'page dumps', target, (i) => {
    const d = corpus.dump(i);
    return { bytes: enc.encode(d.text), units: d.pages, file: `dump-${i}.txt` };
  });
}

function feeds(corpus: Corpus, target: number): Omit<ChildResult, 'textFrom' | 'peakRssMb'> {
  return parseLoop('feed', 'feeds, RSS 2.0 + Atom (items)', target, (i) => {
    const f = corpus.feed(i);
    return { bytes: enc.encode(f.text), units: f.items, file: `feed-${i}.xml` };
  });
}

function jsonl(corpus: Corpus, target: number): Omit<ChildResult, 'textFrom' | 'peakRssMb'> {
  return parseLoop('jsonl', 'JSONL, export format (lines)', target, (i) => {
    const j = corpus.jsonl(i);
    return { bytes: enc.encode(j.text), units: j.articles, file: `export-${i}.jsonl` };
  });
}

function htmlPages(corpus: Corpus, target: number): Omit<ChildResult, 'textFrom' | 'peakRssMb'> {
  for (let k = 0; k < WARMUP; k++) parseSource(corpus.html(WARMUP_FROM + k).bytes, { file: 'warmup.html' });
  const m = meter();
  const by = new Map<string, Breakdown>();
  let articles = 0;
  let failed = 0;
  let batch: HtmlPage[] = [];
  const batchRates: number[] = [];
  let [cpu0, articles0] = [0, 0];
  for (let i = 0; i < target; i++) {
    if (i % BATCH === 0) {
      if (i > 0 && m.cpuMs > cpu0) batchRates.push(((articles - articles0) * 1000) / (m.cpuMs - cpu0));
      batch = Array.from({ length: Math.min(BATCH, target - i) }, (_, k) => corpus.html(i + k));
      [cpu0, articles0] = [m.cpuMs, articles];
    }
    const page = batch[i % BATCH]!;
    const before = m.cpuMs;
    try {
      articles += m.time(() => parseSource(page.bytes, { file: `page-${i}.html` })).articles.length;
    } catch {
      failed++;
    }
    const b = by.get(page.shape) ?? { name: page.shape, charset: page.charset, pages: 0, avgKb: 0, cpuMs: 0 };
    b.avgKb = (b.avgKb * b.pages + page.bytes.byteLength / 1024) / (b.pages + 1);
    b.pages++;
    b.cpuMs += m.cpuMs - before;
    by.set(page.shape, b);
  }
  if (m.cpuMs > cpu0) batchRates.push(((articles - articles0) * 1000) / (m.cpuMs - cpu0));
  return { kind: 'html', label: 'HTML pages (50–150 KB)', pages: target, articles, failed, cpuMs: m.cpuMs, wallMs: m.wallMs, breakdown: [...by.values()], batchRates };
}

async function endToEnd(corpus: Corpus, sample: number): Promise<Omit<ChildResult, 'textFrom' | 'peakRssMb'>> {
  const dir = mkdtempSync(join(tmpdir(), 'midad-bench-import-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < sample; i++) {
      files.push(join(dir, `dump-${i}.txt`));
      writeFileSync(files[files.length - 1]!, corpus.dump(i).text);
      files.push(join(dir, `page-${i}.html`));
      writeFileSync(files[files.length - 1]!, corpus.html(i).bytes);
    }
    const midad = await openMidad(join(dir, 'bench.db'));
    const m = meter();
    try {
      const results = await m.timeAsync(() => importSources(midad.store, files));
      const articles = results.reduce((n, r) => n + (r.report?.articles ?? 0), 0);
      const failed = results.filter((r) => r.error).length;
      return { kind: 'e2e', label: `${sample} dumps + ${sample} HTML pages`, pages: files.length, articles, failed, cpuMs: m.cpuMs, wallMs: m.wallMs, breakdown: [], batchRates: [] };
    } finally {
      await midad.store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one kind of measurement and prints its JSON line. */
export async function runChild(kind: string, args: string[]): Promise<void> {
  const corpus = makeCorpus(numberOption(args, 'seed', 1));
  const pages = numberOption(args, 'pages', 10_000);
  const parsers: Record<string, (c: Corpus, n: number) => Omit<ChildResult, 'textFrom' | 'peakRssMb'>> = { dump: dumps, html: htmlPages, feed: feeds, jsonl };
  const parse = parsers[kind];
  const r = parse ? parse(corpus, pages) : await endToEnd(corpus, numberOption(args, 'e2e', 300));
  console.log(JSON.stringify({ ...r, textFrom: corpus.from, peakRssMb: peakRssMb() } satisfies ChildResult));
}
