/** Persistence behind one interface: SQLite (embedded default) or PostgreSQL. */
export type * from './store.js';
export { openStore, isPostgresUrl, DEFAULT_DB } from './open.js';
export type * from './search/types.js';
export { INDEX_FIELDS, DEFAULT_WEIGHTS, BM25 } from './search/types.js';
export type { Change, ChangeLog } from './changes/repository.js';
