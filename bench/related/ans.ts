import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openMidad } from '../../src/cli/open-midad.js';
import { ansQrels, loadAns, sentenceId } from './ans-data.js';
import { scoreAnsRun, type StoryScores } from './ans-eval.js';
import { bm25MoreLikeThis, newestInSection } from './baselines.js';
import { midad } from './cli-run.js';
import { importArticles, tempDir } from './store-io.js';

/** The Lucene 4.10 figures the issue gives for this collection (BM25 k1 0.9, b 0.4, the sentence as the query). */
export const LUCENE_ANS = {
  arabic: { hit1: 0.852, hit5: 0.939, mrr10: 0.889 },
  standard: { hit1: 0.813, hit5: 0.91, mrr10: 0.853 },
};

/** Same-story figures of Midad and the baselines computed in this run. */
export interface AnsReport {
  sentences: number;
  importSeconds: number;
  raw: StoryScores;
  /** The `--raw` run scored on the test split's queries alone (held out from calibration). */
  rawHeldOut: StoryScores;
  rawBeforeRebuild: StoryScores;
  lists: StoryScores;
  bm25: StoryScores;
  bm25HeldOut: StoryScores;
  newest: StoryScores;
}

/**
 * Same story on the ANS stance sentences: every distinct sentence becomes an article (through
 * the import path), every distinct s1 of an agree/disagree pair asks `midad related --batch`
 * for its list, and the shared tool scores the run.
 */
export async function ansBench(log: (line: string) => void): Promise<AnsReport> {
  const c = loadAns();
  const dir = tempDir('ans');
  const db = join(dir, 'ans.db');
  log(`ans: ${c.sentences.length} sentences, ${c.queries.length} queries`);
  const importSeconds = await importArticles(
    db,
    dir,
    c.sentences.map((text, i) => ({ id: sentenceId(i), headline: text, status: 'published' as const, publishedAt: '2024-01-01T00:00:00Z' })),
  );
  log(`ans: imported in ${importSeconds.toFixed(1)} s`);
  const qrels = join(dir, 'qrels.txt');
  writeFileSync(qrels, ansQrels(c));
  const heldOutQrels = join(dir, 'qrels-test.txt');
  writeFileSync(heldOutQrels, ansQrels(c, c.heldOut));
  const ids = join(dir, 'queries.txt');
  writeFileSync(ids, c.queries.join('\n') + '\n');
  const score = async (name: string, text: string, against = qrels) => {
    const file = join(dir, `${name}.run`);
    writeFileSync(file, text);
    return scoreAnsRun(against, file);
  };
  const rawBeforeRebuild = await score('midad-raw-incremental', await midad(['related', '--batch', ids, '--limit', '10', '--raw', '--db', db]));
  await midad(['related', '--rebuild', '--db', db]);
  const rawRun = await midad(['related', '--batch', ids, '--limit', '10', '--raw', '--db', db]);
  const raw = await score('midad-raw', rawRun);
  const rawHeldOut = await score('midad-raw', rawRun, heldOutQrels);
  const lists = await score('midad-lists', await midad(['related', '--batch', ids, '--limit', '10', '--db', db]));
  const m = await openMidad(db);
  try {
    const bm25Run = await bm25MoreLikeThis(m, c.queries, 10);
    const bm25 = await score('bm25-mlt', bm25Run);
    const bm25HeldOut = await score('bm25-mlt', bm25Run, heldOutQrels);
    const newest = await score('newest', await newestInSection(m, c.queries, 10));
    log(`ans: runs in ${dir}`);
    return { sentences: c.sentences.length, importSeconds, raw, rawHeldOut, rawBeforeRebuild, lists, bm25, bm25HeldOut, newest };
  } finally {
    await m.store.close();
  }
}
