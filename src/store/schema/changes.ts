import type { Generated } from 'kysely';

/** The change log: what each committed write changed, as cache tags, in commit order. */
export interface ChangeTables {
  changes: { seq: Generated<number>; tags: string; at: string };
}
