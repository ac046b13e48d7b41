import { MidadError } from '../../article/index.js';
import type { ApiServices } from '../services.js';
import { decodeCursor, type Cursor } from './cursor.js';
import type { ArticleListParams } from './schema.js';

/** A validated list request in the store's terms: ids instead of slugs, a decoded cursor. */
export interface ArticleFilter {
  sectionId?: number;
  authorId?: number;
  tag?: string;
  /** Published at or after (ISO). */
  from?: string;
  /** Published before (ISO, exclusive). */
  to?: string;
  after?: Cursor;
  limit: number;
}

/** Turns slugs into ids and the cursor into a position; an unknown section or author is a 404 naming the field. */
export async function resolveArticleFilter(s: ApiServices, q: ArticleListParams): Promise<ArticleFilter> {
  const [section, author] = await Promise.all([
    q.section === undefined ? null : s.store.directory.section(q.section),
    q.author === undefined ? null : s.store.directory.author(q.author),
  ]);
  if (q.section !== undefined && !section) throw new MidadError('ERR_SECTION_NOT_FOUND', undefined, 'section');
  if (q.author !== undefined && !author) throw new MidadError('ERR_AUTHOR_NOT_FOUND', undefined, 'author');
  return {
    ...(section ? { sectionId: section.id } : {}),
    ...(author ? { authorId: author.id } : {}),
    ...(q.tag !== undefined ? { tag: q.tag } : {}),
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.cursor !== undefined ? { after: decodeCursor(q.cursor) } : {}),
    limit: q.limit,
  };
}
