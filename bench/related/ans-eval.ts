import { execFileSync } from 'node:child_process';
import { shared } from './paths.js';

/** Same-story scores of a run, by the shared tool. */
export interface StoryScores {
  hit1: number;
  hit5: number;
  mrr10: number;
  queries: number;
}

/** Scores a TREC run with `../shared/tools/ans_story_eval.py` (not copied: run from there). */
export function scoreAnsRun(qrels: string, run: string): StoryScores {
  const out = execFileSync('python3', [shared('tools/ans_story_eval.py'), qrels, run], { encoding: 'utf8' });
  const m = /queries=(\d+) Hit@1=([\d.]+) Hit@5=([\d.]+) MRR@10=([\d.]+)/.exec(out);
  if (!m) throw new Error(`unexpected ans_story_eval output: ${out}`);
  return { queries: Number(m[1]), hit1: Number(m[2]), hit5: Number(m[3]), mrr10: Number(m[4]) };
}
