import { z } from 'zod';

/** `?page=N` on paginated lists: a positive integer, 1 when absent. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
});

/** A slug in a path segment (already percent-decoded by the router). */
export const SlugParams = z.object({ slug: z.string().min(1).max(300) });
