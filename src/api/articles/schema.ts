import { z } from 'zod';
import { ArticleSchema, BlockSchema, BylineSchema, ImageSchema } from '../../article/index.js';
import { ApiAuthorSchema } from '../authors/schema.js';
import { ApiSectionSchema } from '../sections/schema.js';

// The API's article shapes are cut from the domain schemas (article/), so a field changes in one place.
const A = ArticleSchema.shape;

/** A UTC instant as the store keeps it. */
const Instant = z.iso.datetime();

/** A photo: the domain's image with `src` made absolute. */
export const ApiImageSchema = ImageSchema.meta({ id: 'Image' });

/** What lists carry of an article: everything but the body and tags, plus a teaser. */
export const ApiArticleSummarySchema = z
  .object({
    id: A.id,
    externalId: A.externalId.describe('The id in the source system, when imported'),
    slug: A.slug,
    url: z.url().describe('The canonical article page'),
    headline: A.headline,
    deck: A.deck,
    kicker: A.kicker.describe('Content type above the headline (تحليل، حوار، رأي)'),
    section: ApiSectionSchema.nullable(),
    leadImage: ApiImageSchema.nullable(),
    byline: BylineSchema.meta({ id: 'Byline' }),
    authors: z.array(ApiAuthorSchema),
    teaser: z.string().describe('The deck, or the first paragraph cut short'),
    hasVideo: A.hasVideo,
    publishedAt: Instant,
    updatedAt: Instant.describe('Last change readers can see; never before publishedAt'),
    demo: A.demo.describe('Fictional demonstration content'),
  })
  .meta({ id: 'ArticleSummary' });

/** One article in full: the summary's fields, its tags and its body blocks. */
export const ApiArticleSchema = ApiArticleSummarySchema.extend({
  tags: A.tags,
  body: z.array(BlockSchema.meta({ id: 'Block' })),
}).meta({ id: 'Article' });

/** A page of a list, with the cursor of the next page (null on the last). */
export const ArticlePageSchema = z
  .object({
    items: z.array(ApiArticleSummarySchema),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null when there is none'),
  })
  .meta({ id: 'ArticlePage' });

/** A date (`2026-11-20`, midnight UTC) or a date-time with a zone, as an ISO instant. */
const DateBound = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString());

/** `GET /articles` filters and paging. */
export const ArticleListQuery = z.object({
  section: z.string().min(1).max(300).optional().describe('Section slug'),
  author: z.string().min(1).max(300).optional().describe('Author slug'),
  tag: z.string().min(1).max(80).optional().describe('A tag, exactly as written'),
  from: DateBound.optional().describe('Published at or after (date or date-time)'),
  to: DateBound.optional().describe('Published before (date or date-time; exclusive)'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Items per page'),
  cursor: z.string().min(1).max(200).optional().describe('The `nextCursor` of the previous page'),
});

/** The list query after validation. */
export type ArticleListParams = z.output<typeof ArticleListQuery>;

/** `/articles/{ref}`: our id, an external id, or a slug (current or old). */
export const ArticleRefParams = z.object({ ref: z.string().min(1).max(400).describe('Id, external id or slug') });
