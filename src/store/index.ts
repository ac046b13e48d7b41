/** Persistence behind one interface: SQLite (embedded default) or PostgreSQL. */
export type * from './store.js';
export { openStore, isPostgresUrl, DEFAULT_DB } from './open.js';
