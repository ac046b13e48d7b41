import { z } from 'zod';

/** Who wrote it and from where: authors, a source in guillemets («الشرق الأوسط»), and the dateline city. */
export const BylineSchema = z.object({
  authors: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  source: z.string().trim().min(1).max(200).nullable().default(null),
  dateline: z.string().trim().min(1).max(120).nullable().default(null),
});

/** An article's byline. */
export type Byline = z.infer<typeof BylineSchema>;

/** An empty byline, for articles that carry none. */
export const EMPTY_BYLINE: Byline = Object.freeze({ authors: [], source: null, dateline: null }) as Byline;
