/**
 * The ANT corpus (../shared/eval/ant/corpus.jsonl) as Midad articles: a JSONL file in the
 * import format, written under bench/out/ and imported through Midad's own import path.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** One line of the ANT corpus. */
export interface AntDoc {
  id: string;
  title: string;
  text: string;
  category: string;
  time: string;
}

/** Reads the corpus. */
export function readAnt(path: string): AntDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AntDoc);
}

/** An ISO instant from the corpus' time field when it is one, else null. */
function instant(time: string): string | null {
  const t = Date.parse(time);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** The article record Midad imports for one ANT document. */
export function antArticle(d: AntDoc, idPrefix = ''): Record<string, unknown> {
  const paragraphs = d.text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    id: idPrefix + d.id,
    headline: d.title.trim().slice(0, 300) || d.text.slice(0, 80),
    section: d.category || null,
    body: paragraphs.map((text) => ({ type: 'paragraph', text: text.slice(0, 20000) })),
    status: 'published',
    publishedAt: instant(d.time) ?? '2017-01-01T00:00:00.000Z',
  };
}

/** Writes the corpus as an import file; returns its path. */
export function writeAntJsonl(docs: readonly AntDoc[], path: string): string {
  writeFileSync(path, docs.map((d) => JSON.stringify(antArticle(d))).join('\n') + '\n');
  return path;
}
