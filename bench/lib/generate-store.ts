/**
 * Fills a store with generated articles for the speed benches (bench:pages at 100,000):
 *
 *   npx tsx bench/lib/generate-store.ts --count 100000 --db bench/out/100k.db
 *
 * Articles are composed from the ANT corpus in ../shared/eval (bench/related/generate.ts:
 * deterministic, sections kept coherent, dated over the corpus's years) and stored through
 * Midad's own import path with every write hook on (search index, annotations, related lists,
 * page-cache log), in chunks of --chunk articles, each one transaction. Prints progress and the
 * rate. A --db that already holds articles gets more.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openMidad } from '../../src/cli/open-midad.js';
import { importSources } from '../../src/newsroom/import/import-sources.js';
import { composeArticles } from '../related/generate.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '100000' }, db: { type: 'string' }, chunk: { type: 'string', default: '2000' }, seed: { type: 'string', default: '5' } },
});
if (!values.db) throw new Error('--db PATH|URL is required');
const count = Number(values.count);
const chunk = Number(values.chunk);
const dir = mkdtempSync(join(tmpdir(), 'midad-generate-'));
const midad = await openMidad(values.db);
const t0 = performance.now();
let done = 0;
let lines: string[] = [];
const flush = async () => {
  const file = join(dir, `chunk-${done}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  const [result] = await importSources(midad.store, [file], { format: 'jsonl' });
  if (result?.error) throw new Error(result.error.describe());
  done += lines.length;
  lines = [];
  const s = (performance.now() - t0) / 1000;
  process.stderr.write(`\r${done}/${count} articles, ${(done / s).toFixed(0)}/s`);
};
try {
  for (const a of composeArticles(count, Number(values.seed))) {
    lines.push(JSON.stringify(a));
    if (lines.length === chunk) await flush();
  }
  if (lines.length) await flush();
  process.stderr.write(`\nstored ${done} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
} finally {
  await midad.store.close();
  rmSync(dir, { recursive: true, force: true });
}
