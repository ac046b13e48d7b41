import type { Article, ArticleInput, ArticleSummary, Author, Block, Byline, Image, RelatedCard, Section } from '../../article/index.js';
import { EMPTY_BYLINE, teaserOf } from '../../article/index.js';
import type { ArticleRow, NewArticleRow } from '../schema/index.js';

/** The columns lists read: everything but the body and the source's cards. */
export const SUMMARY_COLUMNS = [
  'id',
  'external_id',
  'slug',
  'headline',
  'deck',
  'kicker',
  'section_id',
  'lead_image',
  'byline',
  'teaser',
  'has_video',
  'status',
  'published_at',
  'updated_at',
  'created_at',
  'is_demo',
] as const;

/** A row as lists read it. */
export type SummaryRow = Pick<ArticleRow, (typeof SUMMARY_COLUMNS)[number]>;

/** The columns an article row gets from its input; the caller adds ids, slug and times. */
export function inputColumns(input: ArticleInput, sectionId: number | null) {
  const byline: Byline = input.byline ?? EMPTY_BYLINE;
  return {
    external_id: input.id ?? null,
    headline: input.headline,
    deck: input.deck,
    kicker: input.kicker,
    section_id: sectionId,
    lead_image: input.leadImage ? JSON.stringify(input.leadImage) : null,
    byline: JSON.stringify(byline),
    body: JSON.stringify(input.body),
    related_cards: JSON.stringify(input.related),
    teaser: teaserOf(input),
    has_video: input.hasVideo || input.body.some((b) => b.type === 'video') ? 1 : 0,
    status: input.status,
    published_at: input.publishedAt,
    is_demo: input.demo ? 1 : 0,
  } satisfies Partial<NewArticleRow>;
}

/** A summary from its row and the section and authors already fetched for it. */
export function rowToSummary(row: SummaryRow, section: Section | null, authors: Author[]): ArticleSummary {
  return {
    id: row.id,
    externalId: row.external_id,
    slug: row.slug,
    headline: row.headline,
    deck: row.deck,
    kicker: row.kicker,
    section,
    leadImage: row.lead_image ? (JSON.parse(row.lead_image) as Image) : null,
    byline: JSON.parse(row.byline) as Byline,
    authors,
    teaser: row.teaser,
    hasVideo: row.has_video === 1,
    status: row.status as Article['status'],
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    createdAt: row.created_at,
    demo: row.is_demo === 1,
  };
}

/** A full article from its row and its already-fetched links. */
export function rowToArticle(
  row: ArticleRow,
  section: Section | null,
  authors: Author[],
  tags: string[],
  pins: number[],
): Article {
  const { teaser: _teaser, ...summary } = rowToSummary(row, section, authors);
  return {
    ...summary,
    tags,
    pins,
    body: JSON.parse(row.body) as Block[],
    related: JSON.parse(row.related_cards) as RelatedCard[],
  };
}
