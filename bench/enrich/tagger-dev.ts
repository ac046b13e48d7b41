/**
 * `npx tsx bench/enrich/tagger-dev.ts [--dump KIND]` — development aid for configuration D on the
 * DEV split only (build on the first quarter, score on the second): its figures, and with --dump
 * the gold spans of one kind it missed and the spans it wrongly gave, with the words around them.
 * Never reads the second half.
 */
import type { EntityKind } from '../../src/enrich/index.js';
import { countSpans, halves, predict, report, taggerGazetteers } from './ner.js';
import type { GoldSpan, Sentence } from './newsfane.js';
import { tagWithLearner } from './tagger/tagger.js';

const [build] = halves();
const q = Math.floor(build.length / 2);
const train = build.slice(0, q);
const test = build.slice(q);
const t0 = performance.now();
const pred = tagWithLearner(train, test, taggerGazetteers, predict, 12);
report(`D on the dev split (${((performance.now() - t0) / 1000).toFixed(1)} s)`, countSpans(test, pred));
const di = process.argv.indexOf('--dump');
if (di > 0) {
  const g = taggerGazetteers(train).rules;
  const rules: GoldSpan[][] = [];
  for (let d = 0; d < test.length; d += 12) rules.push(...predict(g, test.slice(d, d + 12)));
  const kind = process.argv[di + 1] as EntityKind;
  const ctx = (s: Sentence, from: number, to: number) =>
    `${s.tokens.slice(Math.max(0, from - 4), from).join(' ')} [${s.tokens.slice(from, to).join(' ')}] ${s.tokens.slice(to, to + 3).join(' ')}`;
  test.forEach((s, i) => {
    const p = pred[i]!;
    for (const x of s.gold) {
      if (x.kind !== kind || p.some((y) => y.from === x.from && y.to === x.to && y.kind === kind)) continue;
      const near = p.filter((y) => y.from < x.to && x.from < y.to).map((y) => `${y.kind}:${s.tokens.slice(y.from, y.to).join(' ')}`);
      const r = rules[i]!.filter((y) => y.from < x.to && x.from < y.to).map((y) => `${y.kind}:${s.tokens.slice(y.from, y.to).join(' ')}`);
      console.log(`FN ${ctx(s, x.from, x.to)}  got=${near.join('|')}  rules=${r.join('|')}`);
    }
    for (const x of p) {
      if (x.kind !== kind || s.gold.some((y) => y.from === x.from && y.to === x.to && y.kind === kind)) continue;
      const near = s.gold.filter((y) => y.from < x.to && x.from < y.to).map((y) => `${y.kind}:${s.tokens.slice(y.from, y.to).join(' ')}`);
      const r = rules[i]!.some((y) => y.from === x.from && y.to === x.to && y.kind === kind) ? 'same' : 'differ';
      console.log(`FP ${ctx(s, x.from, x.to)}  gold=${near.join('|')}  rules=${r}`);
    }
  });
}
