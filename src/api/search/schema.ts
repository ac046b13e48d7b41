import { z } from 'zod';
import { MAX_QUERY_CHARS } from '../../search/parse-query.js';
import { ApiArticleSummarySchema } from '../articles/schema.js';

/** A piece of highlighted text: matched words (as written, unstemmed) have `hit: true`. */
export const SegmentSchema = z
  .object({ text: z.string(), hit: z.boolean().describe('A word matching the query') })
  .meta({ id: 'TextSegment' });

/** One result: the article's summary, its score, and its headline and best passage cut into highlighted segments. */
export const SearchHitSchema = z
  .object({
    article: ApiArticleSummarySchema,
    score: z.number().describe('BM25 (higher is better; 0 when sorted by date and for word-beginning matches)'),
    headline: z.array(SegmentSchema).describe('The headline, matched words marked'),
    snippet: z.array(SegmentSchema).describe('The best passage of the body, matched words marked, or the teaser'),
  })
  .meta({ id: 'SearchHit' });

/** How the query was read: what the search box syntax gave. */
export const ParsedQuerySchema = z
  .object({
    text: z.string().describe('The query as read (control characters removed, spaces collapsed)'),
    words: z.string().describe('The free words'),
    phrases: z.array(z.string()).describe('Quoted phrases ("…", «…», “…”): each must occur as written (after analysis)'),
    excluded: z.array(z.string()).describe('Words after a minus (-كلمة): results contain none of them'),
  })
  .meta({ id: 'ParsedQuery' });

/** A page of search results. */
export const SearchPageSchema = z
  .object({
    query: ParsedQuerySchema,
    total: z.number().int().min(0).describe('Articles matching in all'),
    relaxed: z.boolean().describe('Nothing matched as typed: these results match word beginnings instead'),
    suggestion: z.string().nullable().describe('"Did you mean": a likelier spelling of the query, or null'),
    items: z.array(SearchHitSchema),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null when there is none'),
  })
  .meta({ id: 'SearchPage' });

/** A date (`2026-11-20`, midnight UTC) or a date-time with a zone, as an ISO instant. */
const DateBound = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString());

/** `GET /search`: the query, filters, order and paging. */
export const SearchQuery = z.object({
  // Longer than the search limit, so that the service answers with its own message; far longer is refused outright.
  q: z.string().max(MAX_QUERY_CHARS * 4).default('').describe(
    `The search (required, at most ${MAX_QUERY_CHARS} characters): words, "quoted phrases" or «…», and -excluded words`,
  ),
  in: z.enum(['all', 'headline', 'body']).default('all').describe('Where to look: everywhere, headlines only, or bodies only'),
  section: z.string().min(1).max(300).optional().describe('Section slug'),
  author: z.string().min(1).max(300).optional().describe('Author slug'),
  from: DateBound.optional().describe('Published at or after (date or date-time)'),
  to: DateBound.optional().describe('Published before (date or date-time; exclusive)'),
  sort: z.enum(['relevance', 'newest']).default('relevance').describe('Best match first, or newest first'),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe('Results per page'),
  cursor: z.string().min(1).max(200).optional().describe('The `nextCursor` of the previous page (same query)'),
});

/** The search query after validation. */
export type SearchParams = z.output<typeof SearchQuery>;
