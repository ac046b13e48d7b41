import type { Article } from './article.js';

/**
 * What a list or a card needs of an article: everything but the body and the source's
 * related cards, plus a precomputed teaser. Lists never read bodies.
 */
export type ArticleSummary = Omit<Article, 'body' | 'related' | 'pins' | 'tags'> & { teaser: string };
