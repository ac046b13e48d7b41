import type { ArticleSummary } from '../../article/index.js';
import type { ApiServices } from '../services.js';
import { isAfter, type Cursor } from './cursor.js';
import type { ArticleFilter } from './filter.js';

/** A page of public articles and where the next one starts (null on the last). */
export interface ArticleSlice {
  items: ArticleSummary[];
  next: Cursor | null;
}

/** The earliest of some ISO instants. */
function earliest(...isos: Array<string | undefined>): string {
  return isos.filter((x): x is string => x !== undefined).reduce((m, x) => (x < m ? x : m));
}

/**
 * Published articles matching a filter, newest first, after the cursor. The store has no keyed
 * ("after this row") read nor a lower date bound yet, so this reads from the cursor's instant with
 * `publishedBefore` and drops what is not after it (ties on the instant), and stops at `from`;
 * one store call in the usual case. Reads one item more than asked to know if a next page exists.
 */
export async function listPublicArticles(s: ApiServices, f: ArticleFilter): Promise<ArticleSlice> {
  const want = f.limit + 1;
  // `to` is exclusive and publishedBefore inclusive: step back one millisecond.
  const before = earliest(s.now().toISOString(), f.to === undefined ? undefined : new Date(Date.parse(f.to) - 1).toISOString(), f.after?.publishedAt);
  // After a cursor the first rows may share its instant and be skipped: a few spare rows keep it to one call.
  const chunk = want + (f.after ? 10 : 0);
  const out: ArticleSummary[] = [];
  for (let offset = 0; out.length < want; offset += chunk) {
    const page = await s.store.articles.list({
      status: 'published',
      publishedBefore: before,
      sectionId: f.sectionId,
      authorId: f.authorId,
      tag: f.tag,
      limit: chunk,
      offset,
    });
    for (const item of page.items) {
      const at = item.publishedAt!;
      if (f.from !== undefined && at < f.from) return slice(out, f.limit);
      if (f.after && !isAfter({ publishedAt: at, id: item.id }, f.after)) continue;
      out.push(item);
      if (out.length === want) break;
    }
    if (page.items.length < chunk) break;
  }
  return slice(out, f.limit);
}

/** The first `limit` items, and the cursor after the last when more were found. */
function slice(found: ArticleSummary[], limit: number): ArticleSlice {
  const items = found.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: found.length > limit && last ? { publishedAt: last.publishedAt!, id: last.id } : null };
}
