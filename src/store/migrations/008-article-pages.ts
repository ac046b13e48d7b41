import { sql, type Kysely } from 'kysely';
import type { DialectInfo } from '../dialect.js';

/**
 * `article_pages`: the parts of an article page that change only when the article (or its
 * annotations) change, rendered once and kept beside the article (as Ghost and WordPress keep
 * rendered HTML), so an uncached page is one indexed read plus the shell around it.
 *
 * Freshness is the database's job, not each writer's: triggers on every table the stored parts
 * are made from (the article, its tags, authors, pins, section and author names, entities,
 * quotes, the annotation stamp) clear the parts and bump `gen`. Writes from any path (the
 * newsroom's workflow, entity corrections, a re-annotation, another process) are covered. A
 * reader fills the parts lazily and only while `gen` is the one it read before rendering
 * (see articles/pages.ts), so a fill can never store what a concurrent write replaced. Every
 * existing article gets an empty row here: the backfill is that lazy fill.
 */
export function articlePagesMigration(d: DialectInfo) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('article_pages')
        .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('gen', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('stamp', 'text')
        .addColumn('parts', 'text')
        .execute();
      await sql`INSERT INTO article_pages (article_id) SELECT id FROM articles`.execute(db);
      for (const statement of d.name === 'sqlite' ? sqliteTriggers() : postgresTriggers()) await sql.raw(statement).execute(db);
    },
  };
}

/** Clears the stored parts of the articles `where` selects (a condition on `article_id`). */
const stale = (where: string) => `UPDATE article_pages SET gen = gen + 1, parts = NULL WHERE ${where}`;

/** Tables whose rows belong to one article (by `article_id`) and go into its stored parts. */
const LINKED = ['article_tags', 'article_authors', 'article_pins', 'article_entities', 'quotes', 'annotated_articles'];

/** Names and kinds shown on the page; other columns (an entity's role, counters) are not. */
const SHOWN_ENTITY_COLUMNS = 'name, slug, kind, merged_into, rejected';
const ENTITY_ARTICLES = `article_id IN (SELECT article_id FROM article_entities WHERE entity_id = NEW.id UNION SELECT article_id FROM quotes WHERE speaker_id = NEW.id)`;
const SECTION_ARTICLES = 'article_id IN (SELECT id FROM articles WHERE section_id = NEW.id)';
const AUTHOR_ARTICLES = 'article_id IN (SELECT article_id FROM article_authors WHERE author_id = NEW.id)';

function sqliteTriggers(): string[] {
  const out = [
    'CREATE TRIGGER article_pages_insert AFTER INSERT ON articles BEGIN INSERT OR IGNORE INTO article_pages (article_id) VALUES (NEW.id); END',
    `CREATE TRIGGER article_pages_update AFTER UPDATE ON articles BEGIN ${stale('article_id = NEW.id')}; END`,
    `CREATE TRIGGER article_pages_sections AFTER UPDATE OF slug, name ON sections BEGIN ${stale(SECTION_ARTICLES)}; END`,
    `CREATE TRIGGER article_pages_authors AFTER UPDATE OF slug, name ON authors BEGIN ${stale(AUTHOR_ARTICLES)}; END`,
    `CREATE TRIGGER article_pages_entities AFTER UPDATE OF ${SHOWN_ENTITY_COLUMNS} ON entities BEGIN ${stale(ENTITY_ARTICLES)}; END`,
  ];
  for (const table of LINKED) {
    out.push(`CREATE TRIGGER article_pages_${table}_insert AFTER INSERT ON ${table} BEGIN ${stale('article_id = NEW.article_id')}; END`);
    out.push(`CREATE TRIGGER article_pages_${table}_update AFTER UPDATE ON ${table} BEGIN ${stale('article_id IN (OLD.article_id, NEW.article_id)')}; END`);
    out.push(`CREATE TRIGGER article_pages_${table}_delete AFTER DELETE ON ${table} BEGIN ${stale('article_id = OLD.article_id')}; END`);
  }
  return out;
}

function postgresTriggers(): string[] {
  return [
    `CREATE FUNCTION article_pages_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO article_pages (article_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; RETURN NULL; END $$`,
    `CREATE FUNCTION article_pages_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${stale('article_id = NEW.id')}; RETURN NULL; END $$`,
    // TG_OP guards: OLD is unset for an insert and NEW for a delete.
    `CREATE FUNCTION article_pages_linked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN ${stale('article_id = OLD.article_id')}; END IF;
        IF TG_OP <> 'DELETE' THEN ${stale('article_id = NEW.article_id')}; END IF;
        RETURN NULL;
      END $$`,
    `CREATE FUNCTION article_pages_sections() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${stale(SECTION_ARTICLES)}; RETURN NULL; END $$`,
    `CREATE FUNCTION article_pages_authors() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${stale(AUTHOR_ARTICLES)}; RETURN NULL; END $$`,
    `CREATE FUNCTION article_pages_entities() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${stale(ENTITY_ARTICLES)}; RETURN NULL; END $$`,
    'CREATE TRIGGER article_pages_insert AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION article_pages_insert()',
    'CREATE TRIGGER article_pages_update AFTER UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION article_pages_update()',
    'CREATE TRIGGER article_pages_sections AFTER UPDATE OF slug, name ON sections FOR EACH ROW EXECUTE FUNCTION article_pages_sections()',
    'CREATE TRIGGER article_pages_authors AFTER UPDATE OF slug, name ON authors FOR EACH ROW EXECUTE FUNCTION article_pages_authors()',
    `CREATE TRIGGER article_pages_entities AFTER UPDATE OF ${SHOWN_ENTITY_COLUMNS} ON entities FOR EACH ROW EXECUTE FUNCTION article_pages_entities()`,
    ...LINKED.map((t) => `CREATE TRIGGER article_pages_${t} AFTER INSERT OR UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION article_pages_linked()`),
  ];
}
