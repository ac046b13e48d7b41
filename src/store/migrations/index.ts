import type { Migration, MigrationProvider } from 'kysely';
import type { DialectInfo } from '../dialect.js';
import { articlesMigration } from './001-articles.js';
import { searchMigration } from './002-search.js';
import { newsroomMigration } from './003-newsroom.js';

/**
 * Every migration, in order. Names are versions: never rename or edit a migration that
 * has shipped; add the next one instead.
 */
export function migrationsFor(d: DialectInfo): Record<string, Migration> {
  return {
    '001-articles': articlesMigration(d),
    '002-search': searchMigration(d),
    '003-newsroom': newsroomMigration(d),
  };
}

/** Kysely's provider over the in-code list (no directory scanning: works from dist/ and src/ alike). */
export function migrationProvider(d: DialectInfo): MigrationProvider {
  return { getMigrations: async () => migrationsFor(d) };
}
