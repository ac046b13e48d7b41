/** Statuses whose articles get related lists and appear in others': readers see them now or when their time comes. */
export const LISTABLE_STATUSES: ReadonlySet<string> = new Set(['published', 'scheduled']);

/** Whether an article takes part in related lists and stories. */
export function isListable(a: { status: string } | null | undefined): boolean {
  return a !== null && a !== undefined && LISTABLE_STATUSES.has(a.status);
}
