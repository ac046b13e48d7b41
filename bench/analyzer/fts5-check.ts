/**
 * Checks that bench/lib/bm25.ts ranks exactly like SQLite FTS5's bm25(): indexes a slice of the
 * ANT corpus (analysed text and lead columns) in an in-memory FTS5 table and in Bm25Index, runs
 * the same OR queries, and prints the largest score difference.
 *
 *   npx tsx bench/analyzer/fts5-check.ts [--docs 2000] [--queries 100]
 */
import Database from 'better-sqlite3';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { learnLexicon } from '../../src/arabic/lexicon.js';
import { splitSentences } from '../../src/arabic/sentences.js';
import { Bm25Index } from '../lib/bm25.js';
import { readQueries } from '../lib/trec.js';
import { readCorpus } from './corpus.js';

const SHARED = resolve('../shared');
const { values: args } = parseArgs({
  options: { docs: { type: 'string', default: '2000' }, queries: { type: 'string', default: '100' } },
});
const WEIGHTS = [1, 4];
const docs = readCorpus(join(SHARED, 'eval/ant/corpus.jsonl')).slice(0, Number(args.docs));
const queries = readQueries(join(SHARED, 'eval/ant/dev.queries.tsv')).slice(0, Number(args.queries));
const analyzer = createAnalyzer({ lexicon: learnLexicon(docs.map((d) => d.text)) });

const db = new Database(':memory:');
db.exec("CREATE VIRTUAL TABLE t USING fts5(body, lead, tokenize = 'unicode61')");
const insert = db.prepare('INSERT INTO t (rowid, body, lead) VALUES (?, ?, ?)');
const index = new Bm25Index(2);
docs.forEach((d, i) => {
  const body = analyzer.indexTerms(d.text);
  const lead = analyzer.indexTerms(splitSentences(d.text)[0]?.text ?? '');
  insert.run(i + 1, body.join(' '), lead.join(' '));
  index.add(String(i + 1), [body, lead]);
});
const search = db.prepare(`SELECT rowid, -bm25(t, ${WEIGHTS.join(', ')}) AS score FROM t WHERE t MATCH ? ORDER BY score DESC LIMIT 100`);

let worst = 0;
let sameOrder = 0;
for (const q of queries) {
  const terms = analyzer.queryTerms(q.text);
  if (terms.length === 0) continue;
  const fts = search.all(terms.map((t) => `"${t}"`).join(' OR ')) as Array<{ rowid: number; score: number }>;
  const ours = index.search(terms, { weights: WEIGHTS, limit: docs.length }); // all, so FTS5's 100th is there too
  const byId = new Map(ours.map((h) => [h.id, h.score]));
  for (const row of fts) worst = Math.max(worst, Math.abs((byId.get(String(row.rowid)) ?? 0) - row.score));
  // Same ranking up to ties: the i-th score agrees (documents with equal scores may swap).
  if (fts.every((row, i) => Math.abs(row.score - (ours[i]?.score ?? 0)) < 1e-9)) sameOrder++;
}
console.log(
  `${docs.length} docs, ${queries.length} queries: largest |score difference| ${worst.toExponential(2)}; ` +
    `same ranking (up to ties) in ${sameOrder} of ${queries.length}`,
);
