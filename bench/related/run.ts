/**
 * `npm run bench:related`: issue 5's measures of the related-articles engine, each printed beside
 * baselines computed in the same run.
 *
 *   npm run bench:related -- [--only ans,ant,speed] [--articles 100000] [--publish 100] [--no-pg] [--no-sqlite]
 *
 * - ans: same story on the ANS stance sentences (`--raw` ranking, the lists, BM25 more-like-this,
 *   newest in section), scored by ../shared/tools/ans_story_eval.py;
 * - ant: section coherence, duplicates and freshness of the top 5 on the ANT corpus;
 * - speed: the related hook's cost per newly published article at `--articles`, and a full
 *   rebuild, on SQLite and (unless --no-pg) PostgreSQL at MIDAD_BENCH_PG_URL, in a throwaway
 *   database; `--pg-into URL` fills the given empty database instead and keeps it (bench:search-speed
 *   `--pg-url` can then time searches at the same scale without another import).
 * The tables go to stdout and bench/out/related-{parts}.md (one file per selection, so runs of
 * different parts side by side keep their own).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { withPgDatabase } from '../lib/pg.js';
import { ansBench } from './ans.js';
import { coherenceBench } from './coherence.js';
import { ansTable, coherenceTable, speedTable } from './report.js';
import { speedBench, type SpeedReport } from './speed.js';
import { tempDir } from './store-io.js';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'ans,ant,speed' },
    articles: { type: 'string', default: '100000' },
    publish: { type: 'string', default: '100' },
    'no-pg': { type: 'boolean', default: false },
    'no-sqlite': { type: 'boolean', default: false },
    'pg-into': { type: 'string' },
  },
});
const parts = new Set(args.only.split(','));
const PG_URL = process.env.MIDAD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const log = (line: string) => process.stderr.write(line + '\n');
const out: string[] = ['# bench:related', ''];
const print = (lines: string[]) => {
  out.push(...lines, '');
  process.stdout.write(lines.join('\n') + '\n\n');
};

if (parts.has('ans')) print(ansTable(await ansBench(log)));
if (parts.has('ant')) print(coherenceTable(await coherenceBench(log)));
if (parts.has('speed')) {
  const n = Number(args.articles);
  const publish = Number(args.publish);
  const reports: SpeedReport[] = [];
  if (!args['no-sqlite']) reports.push(await speedBench(join(tempDir('speed'), 'speed.db'), n, publish, log));
  if (args['pg-into']) reports.push(await speedBench(args['pg-into'], n, publish, log));
  else if (!args['no-pg']) reports.push(await withPgDatabase(PG_URL, (url) => speedBench(url, n, publish, log)));
  print(speedTable(reports));
}
mkdirSync('bench/out', { recursive: true });
writeFileSync(`bench/out/related-${[...parts].sort().join('-')}.md`, out.join('\n'));
