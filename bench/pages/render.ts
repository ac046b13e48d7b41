/**
 * The uncached path alone: one process renders an article page (and home, a section, search)
 * straight from the store, in process (no HTTP), many times; prints the median and p95 per
 * page. Issue 9's target: an article page in under 2 ms median. Run: `npm run bench:render
 * [-- --db PATH] [--n 500] [--page article|home|section|search]`; without --db it loads the demo newsroom into a temporary SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openMidad } from '../../src/cli/open-midad.js';
import { loadDemoContent } from '../../src/newsroom/demo.js';
import { buildApp } from '../../src/site/app.js';
import { SiteConfigSchema } from '../../src/site/config.js';
import { articlePath, sectionPath } from '../../src/site/urls.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, n: { type: 'string', default: '500' }, page: { type: 'string' } } });
const n = Number(values.n);
const dir = values.db ? null : mkdtempSync(join(tmpdir(), 'midad-render-'));
const db = values.db ?? join(dir!, 'demo.db');
const midad = await openMidad(db);
if (!values.db) await loadDemoContent(midad.store);
const app = await buildApp({ store: midad.store, analyzer: midad.analyzer, config: SiteConfigSchema.parse({}), logger: false, pageCache: false });

const latest = (await midad.store.articles.list({ publishedBefore: new Date().toISOString(), limit: 1 })).items[0]!;
const pages: Array<[string, string]> = [
  ['article', articlePath(latest)],
  ['home', '/'],
  ['section', latest.section ? sectionPath(latest.section) : '/'],
  ['search', `/search?q=${encodeURIComponent('الحكومة')}`],
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

console.log(`Uncached renders in process (${n} each after 50 warm-up; ${values.db ?? 'demo newsroom'}):`);
for (const [name, url] of pages.filter(([name]) => !values.page || name === values.page)) {
  for (let i = 0; i < 50; i++) await app.inject(url);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await app.inject(url);
    times.push(performance.now() - t0);
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(8)} median ${quantile(times, 0.5).toFixed(2)} ms   p95 ${quantile(times, 0.95).toFixed(2)} ms   ${url.length > 60 ? url.slice(0, 60) + '…' : url}`);
}
console.log('Target: article median < 2 ms.');
await app.close();
await midad.store.close();
if (dir) rmSync(dir, { recursive: true, force: true });
