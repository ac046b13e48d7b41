import { isPublicAt, type Article } from '../../article/index.js';
import type { ArticleChange, ArticleWriteHook } from '../../store/index.js';
import { tag } from './tags.js';

/** Whether readers could see this version of an article at `now`. */
function isPublic(a: Article | null, now: Date): a is Article {
  return !!a && isPublicAt(a, now);
}

/** Whether readers could see the article before or after a write (else no public page changed). */
export function touchesReaders(change: ArticleChange, now: Date): boolean {
  return isPublic(change.before, now) || isPublic(change.after, now);
}

/**
 * The cache tags an article write touches: nothing while it stays out of sight (drafts,
 * review, scheduled); otherwise its own page and every page showing its card, the lists it
 * left or joined (home, its sections, its authors) and the archive-wide pages.
 */
export function changeTags(change: ArticleChange, now: Date): Set<string> {
  const { before, after } = change;
  const tags = new Set<string>();
  if (!touchesReaders(change, now)) return tags;
  tags.add(tag.article(change.id));
  tags.add(tag.home);
  tags.add(tag.all);
  for (const a of [before, after]) {
    if (!a) continue;
    if (a.section) tags.add(tag.section(a.section.id));
    for (const author of a.authors) tags.add(tag.author(author.id));
  }
  return tags;
}

/**
 * The store hook that records, in the write's own transaction, which cached pages the write
 * makes stale. A section that gains its first article is new to the menu on every page.
 */
export function pageCacheHook(now: () => Date = () => new Date()): ArticleWriteHook {
  return async (store, change) => {
    const tags = changeTags(change, now());
    const section = change.after?.section;
    if (section && change.before?.section?.id !== section.id) {
      const inSection = await store.articles.list({ sectionId: section.id, limit: 1 });
      if (inSection.total === 1) tags.add(tag.nav);
    }
    await store.changes.append(tags);
  };
}
