/**
 * Bench part 1: quotations and people on the seed's first article, scored by
 * ../shared/tools/score_enrich.py and by our TypeScript port of its rules, plus roles and
 * mentions of people (which the script does not score).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotate, type Annotations, type ArticleText } from '../../src/enrich/index.js';
import { norm, scoreQuotes, type Gold } from './score-quotes.js';
import { SHARED } from './paths.js';

const SEED = join(SHARED, 'seed');
/** The gold of the seed's first article. */
export const GOLD_FILE = join(SEED, '000_aa2a8cd937ba68f3.annotations.json');
/** The import result holding that article. */
export const EXPECTED_FILE = join(SEED, '000_aa2a8cd937ba68f3.expected.json');

/** The seed's first article, as an importer yields it. */
export function seedArticle(): { headline: string; deck: string | null; leadImage: { caption: string } | null; body: ArticleText['body'] } {
  return JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')).articles[0];
}

/** The seed's gold annotations. */
export function seedGold(): Gold {
  return JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as Gold;
}

/** How many gold people's roles and mentions we found. */
export function peopleFigures(gold: Gold, got: Annotations): { roles: number; mentionsFound: number; mentionsGold: number; people: number } {
  let roles = 0;
  let mentionsFound = 0;
  let mentionsGold = 0;
  for (const p of gold.people) {
    const forms = new Set([norm(p.name), ...p.mentions.map(norm)]);
    const match = got.people.find((x) => forms.has(norm(x.name)));
    // A gold form is found when a mention resolved to the person covers it word for word
    // (our mentions keep the role: «عالم السياسة الروسي سيرغي ماركوف» covers «سيرغي ماركوف»).
    const texts = (match?.mentions ?? []).map((m) => ` ${norm(m.text).replace(/^لل/, 'ال')} `);
    mentionsGold += p.mentions.length;
    mentionsFound += p.mentions.filter((m) => texts.some((t) => t.includes(` ${norm(m)} `))).length;
    if (match && norm(match.role) === norm(p.role)) roles++;
  }
  return { roles, mentionsFound, mentionsGold, people: gold.people.length };
}

/** Runs part 1 and prints its figures. */
export function runSeed(): { precision: number; recall: number; speakerAccuracy: number } {
  const article = seedArticle();
  const got = annotate(article);
  const dir = mkdtempSync(join(tmpdir(), 'midad-enrich-'));
  const pred = join(dir, 'pred.json');
  writeFileSync(pred, JSON.stringify({ articles: [{ headline: article.headline, ...got }] }, null, 1));
  let official = '';
  try {
    official = execFileSync('python3', [join(SHARED, 'tools', 'score_enrich.py'), GOLD_FILE, GOLD_FILE, pred], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    official = `score_enrich.py failed: ${(e as Error).message}`;
  }
  const gold = seedGold();
  const s = scoreQuotes(gold, got);
  const p = peopleFigures(gold, got);
  console.log('## 1. Quotations and people — seed article 0 (../shared/seed/000_aa2a8cd937ba68f3.annotations.json)');
  console.log(`score_enrich.py: ${official}`);
  console.log(`quotations: precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (${s.matched}/${s.predicted} predicted, ${s.gold} gold; targets ≥ 0.95)`);
  console.log(`speaker accuracy: ${s.speakerAccuracy.toFixed(3)} (target ≥ 0.90)`);
  console.log(`people found: ${s.peopleFound}/${p.people}; roles as written: ${p.roles}/${p.people}; gold mention forms covered: ${p.mentionsFound}/${p.mentionsGold}`);
  for (const m of s.missed) console.log('  missed quote:', m);
  for (const m of s.extra) console.log('  extra quote:', m);
  for (const m of s.wrongSpeaker) console.log('  speaker:', m);
  return s;
}
