import type { CoreTables } from './core.js';

/**
 * The whole schema, declared once and composed from one part per feature (each part's
 * tables are created by that feature's migration). Add a part here when a feature adds tables.
 */
export interface Database extends CoreTables {}

export type * from './core.js';
