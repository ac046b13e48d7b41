import { sql, type RawBuilder } from 'kysely';
import type { IndexFilter } from './types.js';

/** The WHERE conditions of a filter over `articles a`, as one SQL fragment (both dialects). */
export function filterConditions(f: IndexFilter = {}): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (f.status !== undefined) parts.push(sql`a.status = ${f.status}`);
  if (f.publishedBefore !== undefined) parts.push(sql`a.published_at IS NOT NULL AND a.published_at <= ${f.publishedBefore}`);
  if (f.from !== undefined) parts.push(sql`a.published_at >= ${f.from}`);
  if (f.to !== undefined) parts.push(sql`a.published_at <= ${f.to}`);
  if (f.sectionId !== undefined) parts.push(sql`a.section_id = ${f.sectionId}`);
  if (f.authorId !== undefined) {
    parts.push(sql`EXISTS (SELECT 1 FROM article_authors aa WHERE aa.article_id = a.id AND aa.author_id = ${f.authorId})`);
  }
  return sql.join(parts, sql` AND `);
}
