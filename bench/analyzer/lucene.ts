/**
 * The Lucene 4.10 ArabicAnalyzer baseline (BM25 k1 0.9, b 0.4), run by the shared
 * `lucene-baseline/run.sh` on the text-only corpus, its run cached under bench/out/.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RUN_NAME = 'lucene4.10-arabic-bm25anserini.run';

/** Returns the path of the Lucene run for these queries, running Lucene only when no cached run matches. */
export function luceneRun(runScript: string, textCorpus: string, queries: string, qrels: string, outRoot: string): string {
  const key = createHash('sha1')
    .update(readFileSync(queries))
    .update(String(statSync(textCorpus).size))
    .digest('hex')
    .slice(0, 12);
  const dir = join(outRoot, `lucene-${key}`);
  const run = join(dir, RUN_NAME);
  if (existsSync(run)) return run;
  mkdirSync(dir, { recursive: true });
  execFileSync('bash', [runScript, textCorpus, queries, qrels, dir], {
    env: { ...process.env, ANALYZERS: 'arabic', BM25: 'anserini' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return run;
}
