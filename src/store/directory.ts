import type { Kysely } from 'kysely';
import { prepared } from './prepared.js';
import type { Database } from './schema/index.js';
import type { DirectoryRepository } from './store.js';

// Every page's navigation reads the sections: prepared.
const sectionRows = prepared((db) => db.selectFrom('sections').select(['id', 'slug', 'name']).orderBy('position').orderBy('id'));

/** Sections (in editorial order, then name) and authors (by name). */
export function directoryRepository(db: Kysely<Database>): DirectoryRepository {
  return {
    sections: () => sectionRows(db, []),
    section: async (slug) =>
      (await db.selectFrom('sections').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst()) ?? null,
    authors: () => db.selectFrom('authors').select(['id', 'slug', 'name']).orderBy('name').execute(),
    author: async (slug) =>
      (await db.selectFrom('authors').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst()) ?? null,
  };
}
