import { z } from 'zod';

const Instant = z.iso.datetime();

/** A person as lists show them. */
export const ApiPersonSummarySchema = z
  .object({
    id: z.number().int().positive(),
    slug: z.string(),
    name: z.string().describe('Canonical name, as shown'),
    role: z.string().nullable().describe('Their latest role as written («وزير الخارجية المصري»)'),
    url: z.url().describe('The person page'),
    articles: z.number().int().min(0).describe('Published articles that mention them'),
  })
  .meta({ id: 'PersonSummary' });

/** A speaker of a quotation: a person with their page. */
export const ApiSpeakerSchema = z
  .object({ id: z.number().int().positive(), name: z.string(), slug: z.string(), url: z.url() })
  .meta({ id: 'Speaker' });

/** Where a text sits in an article: `block` indexes the body (-1 headline, -2 deck, -3 lead caption); offsets in UTF-16 units. */
export const ApiSpanSchema = z
  .object({ block: z.number().int().min(-3), start: z.number().int().min(0), end: z.number().int().min(0) })
  .meta({ id: 'Span' });

/** A quotation and who said it. */
export const ApiQuoteSchema = ApiSpanSchema.extend({
  text: z.string(),
  speaker: ApiSpeakerSchema.nullable().describe('The person who said it, when known'),
  speakerText: z.string().nullable().describe('A speaker that is no person page («مصادر دبلوماسية»), as written'),
  continues: z.array(ApiSpanSchema).describe('Later parts of a quotation that runs across paragraphs'),
}).meta({ id: 'Quote' });

/** A quotation with the article it appeared in. */
export const ApiPersonQuoteSchema = z
  .object({
    quote: ApiQuoteSchema,
    article: z.object({ id: z.number().int().positive(), headline: z.string(), url: z.url(), publishedAt: Instant }),
  })
  .meta({ id: 'PersonQuote' });

/** One person: roles, counts and the latest quotations. */
export const ApiPersonSchema = ApiPersonSummarySchema.extend({
  roles: z.array(z.object({ role: z.string(), articles: z.number().int().min(0) })).describe('Roles as written, most frequent first'),
  quotes: z.object({
    total: z.number().int().min(0),
    latest: z.array(ApiPersonQuoteSchema).describe('The newest quotations (up to 10)'),
  }),
}).meta({ id: 'Person' });

/** A page of people, most mentioned first. */
export const PersonPageSchema = z
  .object({
    items: z.array(ApiPersonSummarySchema),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null when there is none'),
  })
  .meta({ id: 'PersonPage' });

/** `GET /people` filters and paging. */
export const PersonListQuery = z.object({
  q: z.string().min(1).max(100).optional().describe('Part of the name'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Items per page'),
  cursor: z.string().min(1).max(100).optional().describe('The `nextCursor` of the previous page'),
});

/** `/people/{ref}`: the person's id, or the `{id}-{slug}` of their page. */
export const PersonRefParams = z.object({ ref: z.string().min(1).max(400).describe('Id, or id-slug as in the page address') });
