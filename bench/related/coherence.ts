import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openMidad } from '../../src/cli/open-midad.js';
import { antArticle, antInstant, antRef, loadAnt, type AntDoc } from './ant-data.js';
import { bm25MoreLikeThis, newestInSection } from './baselines.js';
import { midad } from './cli-run.js';
import { nearDuplicate, shingleSet } from './dupes.js';
import { importArticles, tempDir } from './store-io.js';
import { readRun } from './trec-read.js';

/** Picks judged per article: the related module shows four, the issue asks about five. */
const TOP = 5;
/** One article in this many is asked for its list (deterministic; the whole corpus is the collection). */
const SAMPLE_EVERY = 10;

/** How one list-maker's top 5 read on the ANT corpus. */
export interface CoherenceScores {
  /** Picks per article, of 5 (a short list scores well on the rest by saying little). */
  filled: number;
  /** Share of picks in the article's own section. */
  section: number;
  /** Share of picks that are exact or near duplicates of the article or of an earlier pick. */
  duplicates: number;
  /** Median days between an article and its picks. */
  medianAgeGapDays: number;
}

/** Scores TREC lists against the corpus's sections, dates and texts. */
export function scoreLists(run: ReadonlyMap<string, string[]>, queries: readonly string[], docs: ReadonlyMap<string, AntDoc>): CoherenceScores {
  const shingles = new Map<string, Set<string>>();
  const sh = (ref: string) => shingles.get(ref) ?? shingles.set(ref, shingleSet(`${docs.get(ref)!.title}\n${docs.get(ref)!.text}`)).get(ref)!;
  let picks = 0;
  let same = 0;
  let dupes = 0;
  const gaps: number[] = [];
  for (const q of queries) {
    const a = docs.get(q)!;
    const shown: string[] = [];
    for (const ref of (run.get(q) ?? []).filter((r) => r !== q).slice(0, TOP)) {
      const b = docs.get(ref);
      if (!b) continue;
      picks++;
      if (b.category === a.category) same++;
      if ([q, ...shown].some((x) => nearDuplicate(sh(x), sh(ref)))) dupes++;
      gaps.push(Math.abs(Date.parse(antInstant(a.time)) - Date.parse(antInstant(b.time))) / 86_400_000);
      shown.push(ref);
    }
  }
  gaps.sort((x, y) => x - y);
  return {
    filled: picks / Math.max(1, queries.length),
    section: same / Math.max(1, picks),
    duplicates: dupes / Math.max(1, picks),
    medianAgeGapDays: gaps.length ? gaps[Math.floor(gaps.length / 2)]! : NaN,
  };
}

/** Section coherence, duplicates and freshness of Midad's stored lists and of the baselines. */
export interface CoherenceReport {
  articles: number;
  queries: number;
  importSeconds: number;
  midad: CoherenceScores;
  bm25: CoherenceScores;
  newest: CoherenceScores;
}

/**
 * The ANT corpus imported through the composition root (so every list is the one the write
 * path stored), then every tenth article's list from `midad related --batch`, beside the two
 * baselines over the same store.
 */
export async function coherenceBench(log: (line: string) => void): Promise<CoherenceReport> {
  const corpus = loadAnt();
  const docs = new Map(corpus.map((d) => [antRef(d.id), d]));
  const dir = tempDir('ant');
  const db = join(dir, 'ant.db');
  log(`ant: importing ${corpus.length} articles`);
  const importSeconds = await importArticles(db, dir, corpus.map(antArticle));
  log(`ant: imported in ${importSeconds.toFixed(1)} s`);
  const queries = corpus.filter((_, i) => i % SAMPLE_EVERY === 0).map((d) => antRef(d.id));
  const ids = join(dir, 'queries.txt');
  writeFileSync(ids, queries.join('\n') + '\n');
  const lists = await midad(['related', '--batch', ids, '--limit', String(TOP), '--db', db]);
  writeFileSync(join(dir, 'midad.run'), lists);
  const m = await openMidad(db);
  try {
    const bm25 = await bm25MoreLikeThis(m, queries, TOP);
    const newest = await newestInSection(m, queries, TOP);
    writeFileSync(join(dir, 'bm25.run'), bm25);
    writeFileSync(join(dir, 'newest.run'), newest);
    log(`ant: runs in ${dir}`);
    return {
      articles: corpus.length,
      queries: queries.length,
      importSeconds,
      midad: scoreLists(readRun(lists), queries, docs),
      bm25: scoreLists(readRun(bm25), queries, docs),
      newest: scoreLists(readRun(newest), queries, docs),
    };
  } finally {
    await m.store.close();
  }
}
