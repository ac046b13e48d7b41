import { z } from 'zod';

/** Where an article is in the newsroom's workflow. */
export const STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
export const StatusSchema = z.enum(STATUSES);
/** An article's workflow status. */
export type Status = z.infer<typeof StatusSchema>;
