/**
 * `npx tsx bench/enrich/rules-dev.ts [--test] [--dump person|organization]` — development aid for the
 * rules alone (row A): scores the FIRST half (or the second with --test) and, on the first half
 * only, lists gold entities the rules did not touch with the words around them, so patterns can be
 * read off. Prints nothing from the second half but its counts.
 */
import { createGazetteer, type EntityKind } from '../../src/enrich/index.js';
import { halves, predict, countSpans, report } from './ner.js';
import type { GoldSpan } from './newsfane.js';

const [build, test] = halves();
const useTest = process.argv.includes('--test');
const sents = useTest ? test : build;
const g = createGazetteer();
const pred: GoldSpan[][] = [];
for (let d = 0; d < sents.length; d += 12) pred.push(...predict(g, sents.slice(d, d + 12)));
report(useTest ? 'A on the second half' : 'A on the first half', countSpans(sents, pred));
const di = process.argv.indexOf('--dump');
if (di > 0 && !useTest) {
  const kind = process.argv[di + 1] as EntityKind;
  const fpMode = process.argv.includes('--fp');
  sents.forEach((s, i) => {
    const p = pred[i]!;
    if (fpMode) {
      for (const x of p) if (x.kind === kind && !s.gold.some((y) => y.from === x.from && y.to === x.to && y.kind === kind)) {
        const gold = s.gold.filter((y) => y.from < x.to && x.from < y.to).map((y) => `${y.kind}:${s.tokens.slice(y.from, y.to).join(' ')}`);
        console.log(`FP ${s.tokens.slice(Math.max(0, x.from - 3), x.from).join(' ')} [${s.tokens.slice(x.from, x.to).join(' ')}] ${s.tokens.slice(x.to, x.to + 2).join(' ')}  gold=${gold.join('|')}`);
      }
      return;
    }
    for (const x of s.gold) {
      if (x.kind !== kind) continue;
      const touched = p.some((y) => y.from < x.to && x.from < y.to);
      if (touched) continue;
      console.log(`MISS ${s.tokens.slice(Math.max(0, x.from - 3), x.from).join(' ')} [${s.tokens.slice(x.from, x.to).join(' ')}] ${s.tokens.slice(x.to, x.to + 2).join(' ')}`);
    }
  });
}
