import type { AnnotationTables } from './annotations.js';
import type { ChangeTables } from './changes.js';
import type { CoreTables } from './core.js';
import type { NewsroomTables } from './newsroom.js';
import type { PageTables } from './pages.js';
import type { RelatedTables } from './related.js';
import type { SearchTables } from './search.js';

/**
 * The whole schema, declared once and composed from one part per feature (each part's
 * tables are created by that feature's migration). Add a part here when a feature adds tables.
 */
export interface Database extends CoreTables, SearchTables, NewsroomTables, RelatedTables, ChangeTables, AnnotationTables, PageTables {}

export type * from './annotations.js';
export type * from './changes.js';
export type * from './core.js';
export type * from './newsroom.js';
export type * from './pages.js';
export type * from './search.js';
export type * from './related.js';
