/**
 * `npx tsx bench/enrich/run.ts` — enrichment quality and speed:
 *   1. quotations and people on the seed's first article (score_enrich.py and our port), plus
 *      the original fixture articles of test/fixtures/enrich;
 *   2. named entities on NewsFANE Gold: build on the first half, score on the second
 *      (`--dev`: build on the first quarter, score on the second, never reading the second half);
 *   3. speed on one core.
 */
import { annotate, createGazetteer } from '../../src/enrich/index.js';
import { fixtures } from '../../test/enrich/fixtures.js';
import { halves, runNer } from './ner.js';
import { scoreQuotes } from './score-quotes.js';
import { peopleFigures, runSeed } from './seed.js';
import { measureSpeed, printSpeed } from './speed.js';

const dev = process.argv.includes('--dev');
const t0 = performance.now();
createGazetteer();
const firstBuildMs = performance.now() - t0;
// Speed is measured first, printed last: see measureSpeed.
const speed = measureSpeed(firstBuildMs);

runSeed();
console.log('\nOriginal fixture articles (test/fixtures/enrich, fictional, written for Midad):');
for (const f of fixtures()) {
  const got = annotate(f.article);
  const s = scoreQuotes(f.gold, got);
  const p = peopleFigures(f.gold, got);
  console.log(
    `  ${f.name.padEnd(16)} quotations P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} (${s.gold} gold)  speakers ${s.speakerAccuracy.toFixed(2)}  people ${s.peopleFound}/${p.people}  roles ${p.roles}/${p.people}  mentions ${p.mentionsFound}/${p.mentionsGold}`,
  );
}

console.log('\n## 2. Named entities — ../shared/eval/ner/NewsFANEGold (exact token spans)');
console.log('Classes: person = Politician, Athlete, Artist, Other_PER, Religious_PER, Scientist, Businessperson, Police, Lawyer, Engineer;');
console.log('place = GPE (Nation, Population-Center, State-or-Province, GPE-Cluster, Continent, County-or-District), LOC and FAC classes;');
console.log('organization = ORG classes (Non-Governmental, Sports, Media, Government, Commercial, Educational, …); Group, products, vehicles, weapons: not scored.');
const [build, test] = halves();
if (dev) {
  const q = Math.floor(build.length / 2);
  runNer(build.slice(0, q), build.slice(q), `DEV split: build on sentences 1–${q}, score on ${q + 1}–${build.length} (the second half is not read)`);
} else {
  runNer(build, test, `Build on the first half (${build.length} sentences), score on the second (${test.length} sentences):`);
}
console.log('  Published anchors (other corpus: ANERcorp, 4 classes with MISC, learned models — not directly comparable):');
console.log('    AraBERT 83.1 macro-F1 on ANERcorp; CAMeL tools and Stanza report figures in that range.');

console.log('');
printSpeed(speed);
