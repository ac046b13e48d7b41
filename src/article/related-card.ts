import { z } from 'zod';
import { BylineSchema } from './byline.js';

/**
 * One card of a related-articles module as a page shows it: label (section or kicker),
 * photo caption and credit, headline, teaser, byline and dateline.
 */
export const RelatedCardSchema = z.object({
  headline: z.string().trim().min(1).max(300),
  kicker: z.string().trim().min(1).max(80).nullable().default(null),
  section: z.string().trim().min(1).max(80).nullable().default(null),
  teaser: z.string().trim().max(2000).default(''),
  image: z
    .object({
      caption: z.string().trim().max(1000).default(''),
      credit: z.string().trim().max(200).nullable().default(null),
    })
    .nullable()
    .default(null),
  byline: BylineSchema.nullable().default(null),
  hasVideo: z.boolean().default(false),
});

/** A related-articles card. */
export type RelatedCard = z.infer<typeof RelatedCardSchema>;
