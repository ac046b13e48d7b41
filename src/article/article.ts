import { z } from 'zod';
import { BlockSchema } from './blocks.js';
import { BylineSchema } from './byline.js';
import { ImageSchema } from './image.js';
import { RelatedCardSchema } from './related-card.js';
import { StatusSchema } from './status.js';

const line = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** An ISO 8601 instant with a time zone, normalised to UTC (`2026-11-29T05:02:25.000Z`). */
export const InstantSchema = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone' })
  .transform((s) => new Date(s).toISOString());

/**
 * What a source (an importer, the editor, the API, a JSONL line) hands to the store:
 * the article without the fields the store owns (numeric id, slug history, timestamps it sets).
 * This is also the JSONL line format of `midad import/export`.
 */
export const ArticleInputSchema = z.object({
  /** External id from the source system, kept and accepted wherever an ID is. */
  id: z.string().trim().min(1).max(200).optional(),
  /** A readable slug; derived from the headline when absent. */
  slug: z.string().trim().min(1).max(200).optional(),
  headline: line(300),
  deck: z.string().trim().min(1).max(600).nullable().default(null),
  /** Content type set above the headline (تحليل إخباري، حوار، رأي). */
  kicker: line(80).nullable().default(null),
  /** Section name as readers see it (أوروبا، اقتصاد). */
  section: line(80).nullable().default(null),
  tags: z.array(line(80)).max(50).default([]),
  leadImage: ImageSchema.nullable().default(null),
  byline: BylineSchema.nullable().default(null),
  hasVideo: z.boolean().default(false),
  body: z.array(BlockSchema).max(2000).default([]),
  /** Cards of the related-articles module the source page showed. */
  related: z.array(RelatedCardSchema).max(50).default([]),
  status: StatusSchema.default('published'),
  publishedAt: InstantSchema.nullable().default(null),
  updatedAt: InstantSchema.optional(),
  /** Editor-pinned related articles, by id (ours or external) or slug. */
  pins: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  /** Marks fictional demonstration content. */
  demo: z.boolean().default(false),
});

/** An article as a source provides it (after defaults). */
export type ArticleInput = z.infer<typeof ArticleInputSchema>;
/** An article as a source may write it (before defaults). */
export type ArticleInputRaw = z.input<typeof ArticleInputSchema>;

/** A section as stored. */
export const SectionSchema = z.object({ id: z.number().int(), slug: z.string(), name: z.string() });
export type Section = z.infer<typeof SectionSchema>;

/** An author as stored. */
export const AuthorSchema = z.object({ id: z.number().int(), slug: z.string(), name: z.string() });
export type Author = z.infer<typeof AuthorSchema>;

/** An article as the store returns it. */
export const ArticleSchema = z.object({
  id: z.number().int().positive(),
  externalId: z.string().nullable(),
  slug: z.string(),
  headline: z.string(),
  deck: z.string().nullable(),
  kicker: z.string().nullable(),
  section: SectionSchema.nullable(),
  tags: z.array(z.string()),
  leadImage: ImageSchema.nullable(),
  byline: BylineSchema,
  authors: z.array(AuthorSchema),
  hasVideo: z.boolean(),
  body: z.array(BlockSchema),
  related: z.array(RelatedCardSchema),
  status: StatusSchema,
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  createdAt: z.string(),
  pins: z.array(z.number().int()),
  demo: z.boolean(),
});

/** A stored article. */
export type Article = z.infer<typeof ArticleSchema>;
