import { readFileSync } from 'node:fs';
import { parseCsv } from './csv.js';
import { shared } from './paths.js';

/** The same-story collection the issue defines over the ANS stance files. */
export interface AnsCollection {
  /** Every distinct sentence of the three files, in order of first appearance; its id is `s` + index. */
  sentences: string[];
  /** The sentence ids that are queries: each distinct s1 of an agree or disagree pair. */
  queries: string[];
  /** Story of each sentence id linked by such a pair (union-find root). */
  storyOf: Map<string, string>;
  /** Queries that are an s1 only in test.csv: held out from everything the engine was calibrated on (train and dev). */
  heldOut: string[];
}

/** Sentence id by position. */
export const sentenceId = (i: number) => `s${i}`;

/**
 * Reads train, dev and test: a pair labelled agree or disagree is two headlines of one news
 * item, and sentences linked through such pairs form a story. A pair of a sentence with itself
 * links nothing.
 */
export function loadAns(): AnsCollection {
  const index = new Map<string, number>();
  const sentences: string[] = [];
  const idOf = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = sentences.length;
      sentences.push(s);
      index.set(s, i);
    }
    return sentenceId(i);
  };
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const queries = new Set<string>();
  const seenBeforeTest = new Set<string>();
  for (const split of ['train', 'dev', 'test']) {
    const [header, ...rows] = parseCsv(readFileSync(shared(`eval/ans/stance/${split}.csv`), 'utf8'));
    const col = (name: string) => header!.indexOf(name);
    for (const r of rows) {
      const a = idOf(r[col('s1')]!);
      const b = idOf(r[col('s2')]!);
      const stance = r[col('stance')];
      if ((stance !== 'agree' && stance !== 'disagree') || a === b) continue;
      queries.add(a);
      if (split !== 'test') seenBeforeTest.add(a);
      parent.set(find(a), find(b));
    }
  }
  const storyOf = new Map<string, string>();
  for (const id of parent.keys()) storyOf.set(id, find(id));
  return { sentences, queries: [...queries], storyOf, heldOut: [...queries].filter((q) => !seenBeforeTest.has(q)) };
}

/** TREC qrels: for each query (all, or those given), every other sentence of its story. */
export function ansQrels(c: AnsCollection, queries: readonly string[] = c.queries): string {
  const members = new Map<string, string[]>();
  for (const [id, story] of c.storyOf) members.set(story, [...(members.get(story) ?? []), id]);
  const lines: string[] = [];
  for (const q of queries) for (const d of members.get(c.storyOf.get(q)!)!) if (d !== q) lines.push(`${q} 0 ${d} 1`);
  return lines.join('\n') + '\n';
}
