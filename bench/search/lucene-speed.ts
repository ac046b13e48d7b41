/**
 * Lucene 4.10's speed on the same articles, from the shared baseline runner
 * (../shared/tools/lucene-baseline/run.sh): it indexes in memory and reports indexing time and
 * warm query latency (mean, p50, p95) in its STATS line, which is read back here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInputRaw } from '../../src/article/index.js';
import { shared } from '../related/paths.js';

/** Lucene's figures. */
export interface LuceneSpeed {
  docs: number;
  docsPerS: number;
  p50: number;
  p95: number;
}

const RUN_NAME = 'lucene4.10-arabic-bm25anserini';

/** Runs Lucene over the articles and queries; null (with a note) when the runner cannot run. */
export function luceneSpeed(articles: Iterable<ArticleInputRaw>, queries: readonly string[], dir: string, log: (l: string) => void): LuceneSpeed | null {
  const runner = shared('tools/lucene-baseline/run.sh');
  if (!existsSync(runner)) return null;
  const corpus = join(dir, 'lucene-corpus.jsonl');
  const lines: string[] = [];
  for (const a of articles) {
    const text = ((a.body ?? []) as Array<{ text?: string }>).map((b) => b.text ?? '').join('\n');
    lines.push(JSON.stringify({ id: a.id, title: a.headline, text }));
  }
  writeFileSync(corpus, lines.join('\n') + '\n');
  const qfile = join(dir, 'lucene-queries.tsv');
  writeFileSync(qfile, queries.map((q, i) => `q${i}\t${q}`).join('\n') + '\n');
  const qrels = join(dir, 'lucene-qrels.txt');
  writeFileSync(qrels, queries.map((_, i) => `q${i} 0 none 1`).join('\n') + '\n');
  const out = join(dir, 'lucene');
  log(`Lucene: indexing ${lines.length} articles`);
  try {
    execFileSync('bash', [runner, corpus, qfile, qrels, out], {
      env: { ...process.env, ANALYZERS: 'arabic', BM25: 'anserini', HEAP: '3g' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch (e) {
    log(`Lucene baseline did not run: ${(e as Error).message}`);
    return null;
  }
  const stats = readFileSync(join(out, `${RUN_NAME}.log`), 'utf8').split('\n').find((l) => l.startsWith('STATS')) ?? '';
  const get = (k: string) => Number(new RegExp(`\\t${k}=([^\\t]+)`).exec(stats)?.[1] ?? NaN);
  return { docs: get('docs'), docsPerS: get('docs_per_s'), p50: get('latency_warm_p50_ms'), p95: get('latency_warm_p95_ms') };
}
