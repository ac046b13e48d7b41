import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import type { IndexQuery, IndexResult } from './types.js';

/** A query as a dialect's candidate retrieval receives it (terms already chosen). */
export type CandidateQuery = IndexQuery;

/** What each dialect supplies for ranking: candidate retrieval from its own index. */
export interface CandidateIndex {
  candidates(db: Kysely<Database>, q: CandidateQuery): Promise<IndexResult>;
}
