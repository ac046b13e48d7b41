import type { ArticleInputRaw } from '../../src/article/index.js';
import { readAnt, type AntDoc } from '../lib/ant.js';
import { shared } from './paths.js';

export type { AntDoc };

/** Reads `eval/ant/corpus.jsonl`. */
export function loadAnt(): AntDoc[] {
  return readAnt(shared('eval/ant/corpus.jsonl'));
}

/** The corpus's time (`dd/mm/yyyy`, or ISO 8601 with a zone) as an ISO instant, shifted by whole days; a date alone is taken at noon UTC. */
export function antInstant(time: string, shiftDays = 0): string {
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(time);
  const ms = dmy ? Date.UTC(Number(dmy[3]), Number(dmy[2]) - 1, Number(dmy[1]), 12) : Date.parse(time);
  return new Date((Number.isNaN(ms) ? Date.UTC(2016, 0, 1, 12) : ms) + shiftDays * 86_400_000).toISOString();
}

/** External id of an ANT article (a prefix, so it never reads as one of our numeric ids). */
export const antRef = (id: string) => `ant${id}`;

/** An ANT article in Midad's import format: headline, section, date and paragraphs. */
export function antArticle(doc: AntDoc): ArticleInputRaw {
  const paragraphs = doc.text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  return {
    id: antRef(doc.id),
    headline: (doc.title.trim() || paragraphs[0] || doc.id).slice(0, 300),
    section: doc.category || null,
    status: 'published',
    publishedAt: antInstant(doc.time),
    body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
  };
}
