/** Writes a few corpus items to a directory, to look at them: `npx tsx bench/import/corpus/peek.ts DIR [N]`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCorpus } from './index.js';

const [dir = 'bench/out/import-corpus', n = '6'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
const corpus = makeCorpus();
for (let i = 0; i < Number(n); i++) {
  writeFileSync(join(dir, `dump-${i}.txt`), corpus.dump(i).text);
  const page = corpus.html(i);
  writeFileSync(join(dir, `page-${i}-${page.shape}.html`), page.bytes);
}
console.log(`wrote ${n} dumps and ${n} pages to ${dir} (text from ${corpus.from})`);
