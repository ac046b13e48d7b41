import { isPublicAt, type Article, type ArticleSummary } from '../article/index.js';
import { readStoredRelated } from '../related/read.js';
import { publicFilter, type SiteServices } from './services.js';

/** What the related cards are chosen by: the article's id, its editor's pins and its section. */
export type RelatedOf = Pick<Article, 'id' | 'pins'> & { section: { id: number } | null };

/** Cards in the related module. */
export const RELATED_CARDS = 4;

/**
 * The related cards of an article page (and of its preview): the list the related engine
 * stored at write time (pins first, exclusions left out), or, for an article it has never
 * listed (a draft, a store without the engine), the fallback below.
 */
export async function relatedCards(s: SiteServices, article: RelatedOf): Promise<ArticleSummary[]> {
  const stored = await readStoredRelated(s.store, article, s.now(), RELATED_CARDS);
  return stored ? stored.map((x) => x.article) : relatedPicks(s, article);
}

/** The fallback: the editor's pins (published ones, in the editor's order), then the latest in the article's section. */
export async function relatedPicks(s: SiteServices, article: RelatedOf): Promise<ArticleSummary[]> {
  const now = s.now();
  const pinned = (await s.store.articles.summaries(article.pins)).filter((p) => isPublicAt(p, now));
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
