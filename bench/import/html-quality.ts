/**
 * HTML import quality and speed in detail, for work on the HTML importer (`npm run
 * bench:import` prints the summary). Not a test: prints tables.
 *
 * Quality: on ../shared/eval/html/lbc/ (LBCGroup_2026_01_08.html.gz + LBCGroup.json) and on
 * our fixtures (test/fixtures/html/*.html + *.gold.json): token precision/recall/F1 of the
 * body text against the gold, for Midad and for readability's raw textContent; headline and
 * deck accuracy.
 * Speed: parseHtml on generated pages of typical news size (a fixture's article inside
 * 50–150 KB of page furniture), pages per CPU-second on one core, and where the time goes.
 *
 *   npx tsx bench/import/html-quality.ts [--pages N] [--no-speed]
 */
import { parseHtml } from '../../src/ingest/html/index.js';
import { pruneBoilerplate } from '../../src/ingest/html/boilerplate.js';
import { extractMetadata } from '../../src/ingest/html/metadata.js';
import { loadDocument } from '../../src/ingest/html/load-document.js';
import { runReadability } from '../../src/ingest/html/readability-pass.js';
import { domToBlocks } from '../../src/ingest/html/to-blocks.js';
import { takeLeadFigure } from '../../src/ingest/html/lead-figure.js';
import { loadavg } from 'node:os';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../../src/ingest/charset.js';
import { table } from './table.js';
import { allCases, fixtureCases, goldBody, lbcCase, midadBody, readabilityRaw, sameWords, tokenPrf, type Case } from '../../test/ingest/html/quality.js';

const args = process.argv.slice(2);
const PAGES = Number(args[args.indexOf('--pages') + 1]) || 400;
const pct = (x: number) => (x * 100).toFixed(1);

function quality(cases: Case[]): void {
  const rows: string[][] = [];
  const heads: string[][] = [];
  let wins = 0;
  for (const c of cases) {
    const gold = goldBody(c.gold);
    const article = parseHtml(c.bytes, { file: c.source }).articles[0]!;
    const raw = readabilityRaw(c.bytes);
    const m = tokenPrf(midadBody(article), gold);
    const r = tokenPrf(raw.text, gold);
    if (m.f1 > r.f1) wins++;
    rows.push([c.name, pct(m.precision), pct(m.recall), pct(m.f1), pct(r.precision), pct(r.recall), pct(r.f1), (m.f1 > r.f1 ? '+' : '') + pct(m.f1 - r.f1)]);
    const goldSummary = c.gold.summary.join(' ');
    const deckOk = goldSummary ? sameWords(article.deck, goldSummary) : !article.deck;
    heads.push([
      c.name,
      article.headline === c.gold.title ? 'exact' : sameWords(article.headline, c.gold.title) ? 'same words' : 'WRONG',
      sameWords(raw.title, c.gold.title) ? 'same words' : 'wrong',
      goldSummary ? 'present' : 'none',
      deckOk ? 'right' : 'WRONG',
      (goldSummary ? sameWords(raw.excerpt, goldSummary) : !raw.excerpt) ? 'right' : 'wrong',
    ]);
  }
  console.log('\nBody text against gold: token precision / recall / F1 (%)\n');
  console.log(table(['page', 'Midad P', 'Midad R', 'Midad F1', 'Readab. P', 'Readab. R', 'Readab. F1', 'ΔF1'], rows));
  console.log(`\nMidad beats readability's raw textContent on ${wins} of ${cases.length} pages.`);
  console.log('\nHeadline and deck\n');
  console.log(table(['page', 'Midad headline', 'Readab. title', 'gold summary', 'Midad deck', 'Readab. excerpt'], heads));
}

// ---- speed ---------------------------------------------------------------------------

const WORDS = 'الأخبار الرياضة الاقتصاد الثقافة المنوعات الطقس الفيديو الصور الرأي التحقيقات العالم المحليات التكنولوجيا الصحة السياحة'.split(' ');

/** Page furniture of roughly `bytes` size: menus, cards, a footer, scripts and icons, as real pages carry. */
function furniture(bytes: number, seed: number): { top: string; bottom: string } {
  const w = (i: number) => WORDS[(i * 7 + seed) % WORDS.length]!;
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const card = `<div class="card card-${i % 5}" data-id="${seed}-${i}"><a href="/news/${seed}/${i}"><img src="/img/${i}.jpg" alt="${w(i)}" width="320" height="180" loading="lazy"></a>
      <div class="card-body"><span class="card-label">${w(i + 1)}</span><h3 class="card-title"><a href="/news/${seed}/${i}">${w(i)} ${w(i + 2)} ${w(i + 3)} في ${w(i + 4)} ${w(i + 5)}</a></h3>
      <p class="card-teaser">${w(i + 6)} ${w(i + 7)} ${w(i + 8)} ${w(i + 9)} ${w(i + 10)} ${w(i + 11)}</p><time datetime="2025-01-0${(i % 9) + 1}">منذ ${i % 24} ساعة</time></div>
      <svg class="icon" viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg></div>\n`;
    parts.push(card);
    size += Buffer.byteLength(card);
    i++;
  }
  const half = Math.floor(parts.length / 3);
  const menu = `<header class="site-header"><nav class="menu"><ul>${WORDS.map((x, k) => `<li class="menu-item"><a href="/s/${k}">${x}</a></li>`).join('')}</ul></nav></header>
    <script>window.__CONFIG__ = ${JSON.stringify({ seed, sections: WORDS })};</script>`;
  return {
    top: `${menu}<aside class="sidebar most-read">${parts.slice(0, half).join('')}</aside>`,
    bottom: `<section class="related">${parts.slice(half).join('')}</section><footer class="site-footer">${WORDS.join(' ')}</footer>`,
  };
}

/** A typical news page: a fixture's article inside furniture bringing it to `bytes`. */
function typicalPage(c: Case, bytes: number, seed: number): Uint8Array {
  const html = new TextDecoder().decode(c.bytes);
  const f = furniture(bytes - c.bytes.byteLength, seed);
  const withTop = html.replace(/<body[^>]*>/i, (m) => `${m}${f.top}`);
  return new TextEncoder().encode(withTop.replace(/<\/body>/i, `${f.bottom}</body>`));
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU milliseconds per page for `count` parses cycling over `pages`, after a warm-up. */
function timeParses(pages: Uint8Array[], count: number): { cpu: number; wall: number } {
  for (let k = 0; k < Math.min(20, count); k++) parseHtml(pages[k % pages.length]!); // JIT warm-up
  const c0 = cpuMs();
  const w0 = performance.now();
  for (let k = 0; k < count; k++) parseHtml(pages[k % pages.length]!);
  return { cpu: (cpuMs() - c0) / count, wall: (performance.now() - w0) / count };
}

/** Share of CPU time per pipeline stage, measured stage by stage on the same pages. */
function stageShares(pages: Uint8Array[], count: number): string[] {
  const t = { load: 0, meta: 0, prune: 0, readability: 0, blocks: 0 };
  const lap = (k: keyof typeof t, since: number) => {
    const now = cpuMs();
    t[k] += now - since;
    return now;
  };
  for (let k = 0; k < count; k++) {
    let c = cpuMs();
    const { document } = loadDocument(pages[k % pages.length]!);
    c = lap('load', c);
    extractMetadata(document, null);
    c = lap('meta', c);
    pruneBoilerplate(document.body!);
    takeLeadFigure(document.body!, null);
    c = lap('prune', c);
    const r = runReadability(document);
    c = lap('readability', c);
    if ('root' in r) domToBlocks(r.root, { baseUrl: null });
    lap('blocks', c);
  }
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  return Object.values(t).map((x) => `${pct(x / total)}%`);
}

/** CPU ms per page of linkedom's parse alone, and of readability on the raw and on the pruned document. */
function floors(pages: Uint8Array[]): string[] {
  const n = 60;
  const texts = pages.map((p) => decodeBytes(p).text);
  let parse = 0;
  let raw = 0;
  let pruned = 0;
  for (let k = 0; k < n; k++) {
    const text = texts[k % texts.length]!;
    let c = cpuMs();
    const { document } = parseHTML(text);
    parse += cpuMs() - c;
    c = cpuMs();
    new Readability(document as never).parse();
    raw += cpuMs() - c;
    const doc = loadDocument(text).document;
    pruneBoilerplate(doc.body!);
    c = cpuMs();
    runReadability(doc);
    pruned += cpuMs() - c;
  }
  return [parse / n, raw / n, pruned / n].map((x) => x.toFixed(2));
}

function speed(): void {
  // UTF-8 fixtures only: the furniture is spliced in as UTF-8 text.
  const cases = fixtureCases().filter((c) => !c.gold.charset || c.gold.charset === 'utf-8');
  const sets: Array<[string, Uint8Array[]]> = [50, 100, 150].map((kb) => [`${kb} KB generated`, Array.from({ length: 24 }, (_, k) => typicalPage(cases[k % cases.length]!, kb * 1024, k))]);
  const lbc = lbcCase();
  if (lbc) sets.push([`LBC page, ${Math.round(lbc.bytes.byteLength / 1024)} KB`, [lbc.bytes]]);
  const rows = sets.map(([name, pages]) => {
    const n = name.startsWith('LBC') ? Math.max(20, Math.floor(PAGES / 5)) : PAGES;
    const { cpu, wall } = timeParses(pages, n);
    return [name, String(n), cpu.toFixed(2), (1000 / cpu).toFixed(0), (1000 / wall).toFixed(0), ...stageShares(pages, Math.max(20, Math.floor(n / 4)))];
  });
  console.log('\nparseHtml throughput on one core (CPU time of this process; generated pages = a fixture article inside page furniture)\n');
  console.log(table(['pages', 'parsed', 'CPU ms/page', 'pages/CPU-s', 'pages/wall-s', 'load+parse', 'metadata', 'prune+lead', 'readability', 'blocks'], rows));
  console.log('\nWhere the floor is: linkedom alone, and readability before and after the boilerplate filter (CPU ms/page)\n');
  console.log(table(['pages', 'linkedom parseHTML only', 'readability, unpruned page', 'readability, after prune'], sets.map(([name, pages]) => [name, ...floors(pages)])));
  console.log(`\nheap in use after the run: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB; load average of the machine: ${loadavg()[0]!.toFixed(2)} (other work competes for the cores)`);
}

quality(allCases());
if (!args.includes('--no-speed')) speed();
