import type { Article, ArticleSummary } from '../article/index.js';
import { publicFilter, type SiteServices } from './services.js';

/** Cards in the related module. */
export const RELATED_CARDS = 4;

/**
 * The related module's picks until the related engine lands: the editor's pins (published
 * ones, in the editor's order), then the latest in the article's section.
 */
export async function relatedPicks(s: SiteServices, article: Article): Promise<ArticleSummary[]> {
  const nowIso = s.now().toISOString();
  const pinned = (await s.store.articles.summaries(article.pins)).filter(
    (p) => p.status === 'published' && p.publishedAt !== null && p.publishedAt <= nowIso,
  );
  const picks = pinned.slice(0, RELATED_CARDS);
  if (picks.length < RELATED_CARDS && article.section) {
    const latest = await s.store.articles.list({
      ...publicFilter(s),
      sectionId: article.section.id,
      excludeIds: [article.id, ...picks.map((p) => p.id)],
      limit: RELATED_CARDS - picks.length,
    });
    picks.push(...latest.items);
  }
  return picks;
}
