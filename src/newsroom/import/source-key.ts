import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ArticleInput } from '../../article/index.js';

/**
 * Where an imported article came from, stable across re-imports: its external id when the
 * source gives one (feeds' guids, JSONL ids), else the source's name and the article's
 * position in it. A file's name is its base name, so moving the file keeps the keys.
 */
export function sourceKey(source: string, article: ArticleInput, index: number): string {
  if (article.id) return `id:${article.id}`;
  const name = /^https?:\/\//i.test(source) ? source : basename(source);
  return `src:${name}#${index}`;
}

/** A hash of everything the source said about the article (keys in schema order, so stable). */
export function contentHash(article: ArticleInput): string {
  return createHash('sha256').update(JSON.stringify(article)).digest('hex');
}
