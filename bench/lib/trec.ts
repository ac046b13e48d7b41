/**
 * TREC plumbing for benchmarks: read queries and qrels, write runs, and score them with the
 * shared evaluator (`../shared/tools/trec_eval.mjs`, called as a separate process and never
 * copied). Recall@10 is not in that tool, so it is computed here from the run with the same
 * ordering rule (score descending, ties by docid descending).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Hit } from './bm25.js';

/** A query of a `qid<TAB>text` file. */
export interface Query {
  readonly qid: string;
  readonly text: string;
}

/** The four figures every retrieval benchmark prints. */
export interface Metrics {
  readonly mrr10: number;
  readonly recall10: number;
  readonly ndcg10: number;
  readonly recall100: number;
}

/** Per-query figures, to average over any subset of queries. */
export type PerQuery = ReadonlyMap<string, Metrics>;

/** Reads a `qid<TAB>query` file. */
export function readQueries(path: string): Query[] {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      if (tab < 0) throw new Error(`${path}: no TAB in line: ${line}`);
      return { qid: line.slice(0, tab).trim(), text: line.slice(tab + 1) };
    });
}

/** Reads qrels (`qid iter docid rel`) into qid → relevant docids. */
export function readQrels(path: string): Map<string, Set<string>> {
  const qrels = new Map<string, Set<string>>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4 || Number(f[3]) < 1) continue;
    let set = qrels.get(f[0]!);
    if (!set) qrels.set(f[0]!, (set = new Set()));
    set.add(f[2]!);
  }
  return qrels;
}

/** Writes a TREC run (`qid Q0 docid rank score tag`). */
export function writeRun(path: string, results: ReadonlyMap<string, readonly Hit[]>, tag: string): void {
  const lines: string[] = [];
  for (const [qid, hits] of results) hits.forEach((h, i) => lines.push(`${qid} Q0 ${h.id} ${i + 1} ${h.score.toFixed(6)} ${tag}`));
  writeFileSync(path, lines.join('\n') + '\n');
}

/** Reads a TREC run into qid → docids in trec_eval's order (score desc, ties by docid desc). */
export function readRun(path: string): Map<string, string[]> {
  const byQ = new Map<string, Array<{ id: string; score: number }>>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5) continue;
    let list = byQ.get(f[0]!);
    if (!byQ.has(f[0]!)) byQ.set(f[0]!, (list = []));
    list!.push({ id: f[2]!, score: Number(f[4]) });
  }
  const ranked = new Map<string, string[]>();
  for (const [qid, list] of byQ) {
    list.sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    ranked.set(qid, list.map((e) => e.id));
  }
  return ranked;
}

/** Scores a run with the shared trec_eval.mjs (nDCG@10, MRR@10, Recall@100) plus Recall@10 computed here. */
export function scoreRun(evaluator: string, qrelsPath: string, runPath: string): PerQuery {
  const out = execFileSync('node', [evaluator, qrelsPath, runPath, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const perQuery = (JSON.parse(out) as { per_query: Record<string, { ndcg_cut_10: number; recip_rank_10: number; recall_100: number }> })
    .per_query;
  const qrels = readQrels(qrelsPath);
  const run = readRun(runPath);
  const result = new Map<string, Metrics>();
  for (const [qid, m] of Object.entries(perQuery)) {
    const relevant = qrels.get(qid) ?? new Set<string>();
    const top10 = (run.get(qid) ?? []).slice(0, 10);
    const found = top10.filter((id) => relevant.has(id)).length;
    result.set(qid, {
      mrr10: m.recip_rank_10,
      ndcg10: m.ndcg_cut_10,
      recall100: m.recall_100,
      recall10: relevant.size ? found / relevant.size : 0,
    });
  }
  return result;
}

/** Mean of each metric over the queries `keep` accepts. */
export function average(perQuery: PerQuery, keep: (qid: string) => boolean = () => true): Metrics & { n: number } {
  const rows = [...perQuery].filter(([qid]) => keep(qid)).map(([, m]) => m);
  const mean = (f: (m: Metrics) => number): number => (rows.length ? rows.reduce((s, m) => s + f(m), 0) / rows.length : 0);
  return {
    n: rows.length,
    mrr10: mean((m) => m.mrr10),
    recall10: mean((m) => m.recall10),
    ndcg10: mean((m) => m.ndcg10),
    recall100: mean((m) => m.recall100),
  };
}
