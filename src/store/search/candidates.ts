import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import type { DocVector } from './doc-vector.js';
import type { IndexDocument, IndexQuery, IndexResult } from './types.js';

/** A query as a dialect's candidate retrieval receives it (terms already chosen). */
export type CandidateQuery = IndexQuery;

/** What each dialect supplies: its own index beside the shared collection tables, and candidate retrieval from it. */
export interface CandidateIndex {
  write(db: Kysely<Database>, id: number, doc: IndexDocument | null, vector: DocVector | null): Promise<void>;
  candidates(db: Kysely<Database>, q: CandidateQuery): Promise<IndexResult>;
}
