import { z } from 'zod';

/** Where an article is in the newsroom's workflow. */
export const STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
export const StatusSchema = z.enum(STATUSES);
/** An article's workflow status. */
export type Status = z.infer<typeof StatusSchema>;

/** Whether readers may see an article at `now`: published, and not dated in the future. */
export function isPublicAt(a: { status: string; publishedAt: string | null }, now: Date): boolean {
  return a.status === 'published' && a.publishedAt !== null && a.publishedAt <= now.toISOString();
}
