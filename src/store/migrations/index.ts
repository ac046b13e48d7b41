import type { Migration, MigrationProvider } from 'kysely';
import type { DialectInfo } from '../dialect.js';
import { articlesMigration } from './001-articles.js';
import { searchMigration } from './002-search.js';
import { newsroomMigration } from './003-newsroom.js';
import { relatedMigration } from './004-related.js';
import { changesMigration } from './005-changes.js';
import { annotationsMigration } from './006-annotations.js';
import { searchPendingMigration } from './007-search-pending.js';
import { articlePagesMigration } from './008-article-pages.js';

/**
 * Every migration, in order. Names are versions: never rename or edit a migration that
 * has shipped; add the next one instead.
 */
export function migrationsFor(d: DialectInfo): Record<string, Migration> {
  return {
    '001-articles': articlesMigration(d),
    '002-search': searchMigration(d),
    '003-newsroom': newsroomMigration(d),
    '004-related': relatedMigration(d),
    '005-changes': changesMigration(d),
    '006-annotations': annotationsMigration(d),
    '007-search-pending': searchPendingMigration(d),
    '008-article-pages': articlePagesMigration(d),
  };
}

/** Kysely's provider over the in-code list (no directory scanning: works from dist/ and src/ alike). */
export function migrationProvider(d: DialectInfo): MigrationProvider {
  return { getMigrations: async () => migrationsFor(d) };
}
