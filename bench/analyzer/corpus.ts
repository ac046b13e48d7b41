/** Reading an evaluation corpus (`{"id", "text", …}` a line) for the analyzer benchmarks. */
import { readFileSync, writeFileSync } from 'node:fs';

/** One document of the corpus, text only. */
export interface Doc {
  readonly id: string;
  readonly text: string;
}

/** Reads the id and text of every line of a JSONL corpus (the title is deliberately left out). */
export function readCorpus(path: string): Doc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const o = JSON.parse(line) as { id: unknown; text?: unknown };
      return { id: String(o.id), text: typeof o.text === 'string' ? o.text : '' };
    });
}

/** Writes the corpus without titles, for tools that would otherwise index them. */
export function writeTextOnlyCorpus(docs: readonly Doc[], path: string): void {
  writeFileSync(path, docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n');
}
