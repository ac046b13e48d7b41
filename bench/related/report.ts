import type { AnsReport } from './ans.js';
import { LUCENE_ANS } from './ans.js';
import type { CoherenceReport, CoherenceScores } from './coherence.js';
import type { SpeedReport } from './speed.js';

const f = (x: number) => x.toFixed(3);
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** The same-story table: Midad's runs beside the baselines of this run and Lucene's quoted figures. */
export function ansTable(r: AnsReport): string[] {
  const row = (name: string, s: { hit1: number; hit5: number; mrr10: number }, note: string) => `| ${name} | ${f(s.hit1)} | ${f(s.hit5)} | ${f(s.mrr10)} | ${note} |`;
  return [
    `Same story, ../shared/eval/ans/stance/{train,dev,test}.csv: ${r.sentences} sentences, ${r.raw.queries} queries, scored by ../shared/tools/ans_story_eval.py`,
    '',
    '| run | Hit@1 | Hit@5 | MRR@10 | notes |',
    '| --- | --- | --- | --- | --- |',
    row('midad --raw (after --rebuild)', r.raw, 'the ranking the target is scored on'),
    row(`midad --raw, held-out test queries (${r.rawHeldOut.queries})`, r.rawHeldOut, 'queries only in test.csv'),
    row('midad --raw (as written, incremental)', r.rawBeforeRebuild, 'profiles weighed at their write time'),
    row('midad lists (what readers get)', r.lists, 'duplicate filter hides disagree partners, by design'),
    row('baseline: BM25 more-like-this', r.bm25, 'same store, same analyzer, this run'),
    row(`baseline: BM25 more-like-this, held-out (${r.bm25HeldOut.queries})`, r.bm25HeldOut, 'queries only in test.csv'),
    row('baseline: newest in section', r.newest, 'Ghost-style, this run'),
    row('Lucene 4.10 ArabicAnalyzer BM25', LUCENE_ANS.arabic, 'quoted from issue 5'),
    row('Lucene 4.10 StandardAnalyzer BM25', LUCENE_ANS.standard, 'quoted from issue 5'),
    '',
    `Target Hit@1 ≥ 0.90: ${mark(r.raw.hit1 >= 0.9)} (${f(r.raw.hit1)}; held-out ${f(r.rawHeldOut.hit1)}); Hit@5 ≥ 0.97: ${mark(r.raw.hit5 >= 0.97)} (${f(r.raw.hit5)}; held-out ${f(r.rawHeldOut.hit5)})`,
  ];
}

/** The ANT table: section coherence, duplicates and freshness of the top 5. */
export function coherenceTable(r: CoherenceReport): string[] {
  const row = (name: string, s: CoherenceScores) => `| ${name} | ${s.filled.toFixed(2)} | ${f(s.section)} | ${f(s.duplicates)} | ${s.medianAgeGapDays.toFixed(1)} |`;
  return [
    `Top 5 on ../shared/eval/ant/corpus.jsonl: ${r.articles} articles imported through the write path, lists of ${r.queries} (every tenth)`,
    '',
    '| run | picks /5 | same section | duplicates | median age gap (days) |',
    '| --- | --- | --- | --- | --- |',
    row('midad lists', r.midad),
    row('baseline: BM25 more-like-this', r.bm25),
    row('baseline: newest in section', r.newest),
    '',
    `Section coherence ≥ BM25 MLT: ${mark(r.midad.section >= r.bm25.section)}; zero duplicates: ${mark(r.midad.duplicates === 0)}`,
  ];
}

/** The speed table: publish-time cost at scale, per store. */
export function speedTable(rs: readonly SpeedReport[]): string[] {
  const ms = (x: number) => x.toFixed(1);
  return [
    'Speed: articles composed from the ANT corpus, then new ones published one by one',
    '',
    '| store | articles | import (s) | rebuild (s) | related hook p50 / p95 / p99 (ms) | whole publish p50 / p95 (ms) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rs.map(
      (r) =>
        `| ${r.store} | ${r.articles} | ${r.importSeconds.toFixed(0)} | ${r.rebuildSeconds.toFixed(1)} | ${ms(r.hook.p50)} / ${ms(r.hook.p95)} / ${ms(r.hook.p99)} (n=${r.hook.n}) | ${ms(r.publish.p50)} / ${ms(r.publish.p95)} (n=${r.publish.n}) |`,
    ),
    '',
    ...rs.map((r) => `${r.store}: hook p95 < 50 ms ${mark(r.hook.p95 < 50)}${r.articles < 100_000 ? ` (at ${r.articles}, not the 100,000 the issue asks)` : ''}`),
  ];
}
