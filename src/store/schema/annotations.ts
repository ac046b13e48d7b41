import type { Generated, Selectable } from 'kysely';

/**
 * What enrichment found in articles, kept with them: entities shared across articles (one row
 * per person, place or organisation, whatever article names it), every spelling that names an
 * entity, each article's entities with the role written there, mentions and quotations with
 * their block and UTF-16 offsets, the rules version each article was annotated with, and the
 * editors' corrections. Instants are ISO 8601 UTC text and flags 0/1 integers, like the core.
 */
export interface AnnotationTables {
  entities: EntitiesTable;
  entity_names: EntityNamesTable;
  article_entities: ArticleEntitiesTable;
  entity_mentions: EntityMentionsTable;
  quotes: QuotesTable;
  annotated_articles: AnnotatedArticlesTable;
  entity_corrections: EntityCorrectionsTable;
}

/** A person, place or organisation. */
export interface EntitiesTable {
  id: Generated<number>;
  /** person | place | organization */
  kind: string;
  /** Canonical name, as shown. */
  name: string;
  slug: string;
  /** A person's latest role as written («وزير الخارجية الروسي»); null for places and bodies. */
  role: string | null;
  /** Set when editors merged this entity into another: its pages redirect there. */
  merged_into: number | null;
  /** 1 when editors said this is no entity: its names are skipped from then on. */
  rejected: number;
  created_at: string;
  updated_at: string;
}

/** Every spelling (match key) that names an entity of a kind: the canonical one, old names, merged names. */
export interface EntityNamesTable {
  kind: string;
  /** The match key of the spelling (see src/enrich/text/key.ts). */
  key: string;
  /** The spelling as first written. */
  text: string;
  entity_id: number;
}

/** An entity in an article: the role written there, where it first appears, how often. */
export interface ArticleEntitiesTable {
  article_id: number;
  entity_id: number;
  role: string | null;
  /** Order of first mention in the article (0 first). */
  position: number;
  mentions: number;
}

/** One mention: `text === blockText.slice(start_offset, end_offset)`, offsets in UTF-16 units. */
export interface EntityMentionsTable {
  id: Generated<number>;
  article_id: number;
  entity_id: number;
  /** ≥ 0 a body block; -1 headline, -2 deck, -3 lead caption. */
  block: number;
  start_offset: number;
  end_offset: number;
  text: string;
}

/** A quotation and who said it: a person entity, or a group as written, or nobody known. */
export interface QuotesTable {
  id: Generated<number>;
  article_id: number;
  /** Order in the article (0 first). */
  position: number;
  speaker_id: number | null;
  /** A speaker that is no person entity («مصادر دبلوماسية»), as written. */
  speaker_text: string | null;
  text: string;
  block: number;
  start_offset: number;
  end_offset: number;
  /** JSON of the later parts of a quotation running across paragraphs: [{block, start, end}]. */
  continues: string | null;
}

/** Which version of the rules annotated an article, so a new version can redo the older ones. */
export interface AnnotatedArticlesTable {
  article_id: number;
  version: number;
  annotated_at: string;
}

/** An editor's correction: replayed onto the gazetteer, and onto an article when it is annotated again. */
export interface EntityCorrectionsTable {
  id: Generated<number>;
  /** rename | merge | reject | speaker */
  type: string;
  /** The quotation's article, for speaker corrections. */
  article_id: number | null;
  /** JSON: the lesson for the gazetteer plus what re-annotation needs to re-apply it. */
  detail: string;
  user_id: number | null;
  created_at: string;
}

/** An entity row as selected. */
export type EntityRow = Selectable<EntitiesTable>;
/** A quotation row as selected. */
export type QuoteRow = Selectable<QuotesTable>;
