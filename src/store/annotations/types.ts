/**
 * What the store keeps of enrichment: records in (what an annotator found in one article, with
 * the match key of each name), views out (an article's entities and quotations, an entity's
 * articles, roles and quotations), and the editors' corrections as lessons for the gazetteer.
 * The store moves names, keys and offsets; how they are found is src/enrich/'s business.
 */

/** The kinds of entity. */
export type EntityKind = 'person' | 'place' | 'organization';

/** Where a name or quotation part sits: block (≥ 0 body; -1 headline, -2 deck, -3 lead caption) and UTF-16 offsets. */
export interface SpanRecord {
  block: number;
  start: number;
  end: number;
}

/** A mention as found: `text` is the block's text between the offsets. */
export interface MentionRecord extends SpanRecord {
  text: string;
}

/** An entity found in an article, with every mention. */
export interface EntityRecord {
  kind: EntityKind;
  /** Canonical name as found. */
  name: string;
  /** Match key of the name: the same person is one entity wherever the key is the same. */
  key: string;
  /** A person's role as written in this article. */
  role: string | null;
  mentions: MentionRecord[];
}

/** A quotation as found, with its speaker: a person of this article (by key) or a group as written. */
export interface QuoteRecord extends SpanRecord {
  text: string;
  /** Key of a person among the article's entity records. */
  speakerKey: string | null;
  /** The speaker as written when no person entity says it («مصادر دبلوماسية»). */
  speakerText: string | null;
  continues?: SpanRecord[];
}

/** Everything an annotator found in one article, and the version of its rules. */
export interface AnnotationRecords {
  version: number;
  entities: EntityRecord[];
  quotes: QuoteRecord[];
}

/** An entity as links show it. */
export interface EntityRef {
  id: number;
  kind: EntityKind;
  name: string;
  slug: string;
}

/** An entity as stored. */
export interface StoredEntity extends EntityRef {
  /** A person's latest role as written. */
  role: string | null;
  mergedInto: number | null;
  rejected: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A mention as stored. */
export type StoredMention = MentionRecord;

/** An entity in one article: the role written there and its mentions in reading order. */
export interface ArticleEntity extends EntityRef {
  role: string | null;
  mentions: StoredMention[];
}

/** A quotation as stored. */
export interface StoredQuote extends SpanRecord {
  id: number;
  articleId: number;
  position: number;
  speaker: EntityRef | null;
  speakerText: string | null;
  text: string;
  continues: SpanRecord[];
}

/** An article's annotations: entities in order of first mention, quotations in reading order. */
export interface ArticleAnnotations {
  articleId: number;
  /** Rules version that made them; null when the article was never annotated. */
  version: number | null;
  entities: ArticleEntity[];
  quotes: StoredQuote[];
}

/** Which articles count: all of them (newsroom, CLI), or only public ones (the site, the API). */
export interface Visibility {
  /** Only published articles published at or before this instant (ISO). */
  publishedBefore?: string;
}

/** A page request over an entity's articles or quotations. */
export interface EntityPageQuery extends Visibility {
  limit: number;
  offset?: number;
}

/** A quotation with the article it appeared in (for an entity's page, with its date). */
export interface EntityQuote {
  quote: StoredQuote;
  article: { id: number; slug: string; headline: string; publishedAt: string | null };
}

/** An entity in a list, with how many (visible) articles mention it. */
export interface EntityListItem extends EntityRef {
  role: string | null;
  articles: number;
}

/** A filtered, paginated list of entities, most mentioned first. */
export interface EntityListQuery extends EntityPageQuery {
  kind?: EntityKind;
  /** Part of the name. */
  q?: string;
  /** Include entities no (visible) article mentions any more. */
  includeUnused?: boolean;
}

/**
 * What a write or correction changed, for caches: the articles whose pages show different
 * annotations and the entities whose pages do.
 */
export interface Touched {
  articleIds: number[];
  entityIds: number[];
}

/**
 * A lesson for the gazetteer, in the plain shape src/enrich/'s teach() reads: an entity of the
 * table confirmed, or an editor's correction.
 */
export type Lesson =
  | { readonly type: 'confirm'; readonly name: string; readonly kind: EntityKind; readonly aliases?: readonly string[]; readonly role?: string | null }
  | { readonly type: 'rename'; readonly from: string; readonly to: string; readonly kind: EntityKind }
  | { readonly type: 'merge'; readonly names: readonly string[]; readonly into: string; readonly kind: EntityKind }
  | { readonly type: 'reject'; readonly text: string }
  | { readonly type: 'speaker'; readonly speaker: string; readonly role?: string | null };

/** How far a process has read the entity table and the corrections. */
export interface LessonCursor {
  entity: number;
  correction: number;
}

/** A new speaker for a quotation: a stored entity, a group as written, or nobody. */
export type SpeakerChoice = { entityId: number } | { text: string } | null;

/** Who made a correction. */
export interface CorrectionAuthor {
  userId: number | null;
}

/** A correction as listed for editors. */
export interface StoredCorrection {
  id: number;
  type: string;
  articleId: number | null;
  detail: Record<string, unknown>;
  userId: number | null;
  createdAt: string;
}

/** Annotations storage: written by the article write hook, read by pages and the API, corrected by editors. */
export interface AnnotationRepository {
  /** Replaces an article's annotations (re-applying editors' speaker corrections); call inside the article's transaction. */
  replace(articleId: number, records: AnnotationRecords): Promise<Touched>;
  /** Removes an article's annotations. */
  clear(articleId: number): Promise<Touched>;
  /** An article's entities and quotations. */
  ofArticle(articleId: number): Promise<ArticleAnnotations>;
  entity(id: number): Promise<StoredEntity | null>;
  /** The entity a spelling names, after merges (null when none or rejected). */
  findEntity(kind: EntityKind, key: string): Promise<StoredEntity | null>;
  /** Every spelling that names an entity. */
  names(entityId: number): Promise<string[]>;
  /** Entities, most mentioned first, with visible article counts. */
  list(query: EntityListQuery): Promise<{ items: EntityListItem[]; total: number }>;
  /** The roles an entity is given, most frequent first, over visible articles. */
  roles(entityId: number, visibility?: Visibility): Promise<Array<{ role: string; articles: number }>>;
  /** Ids of the visible articles that mention an entity, newest first. */
  articles(entityId: number, query: EntityPageQuery): Promise<{ ids: number[]; total: number }>;
  /** An entity's quotations in visible articles, newest first. */
  quotesBy(entityId: number, query: EntityPageQuery): Promise<{ items: EntityQuote[]; total: number }>;
  /** A quotation by id. */
  quote(id: number): Promise<StoredQuote | null>;
  /** Renames an entity (`key` is the new name's match key); the old spelling keeps naming it. */
  rename(id: number, name: { name: string; key: string }, by: CorrectionAuthor): Promise<Touched>;
  /** Merges one entity into another of the same kind: names, mentions and quotations move. */
  merge(fromId: number, intoId: number, by: CorrectionAuthor): Promise<Touched>;
  /** Marks an entity as no entity: its mentions go, its names are skipped from then on. */
  reject(id: number, by: CorrectionAuthor): Promise<Touched>;
  /** Changes a quotation's speaker; kept when the article is annotated again. */
  setSpeaker(quoteId: number, speaker: SpeakerChoice, by: CorrectionAuthor): Promise<Touched>;
  /** Corrections, newest first. */
  corrections(query: { limit: number; offset?: number }): Promise<{ items: StoredCorrection[]; total: number }>;
  /** Lessons for a gazetteer since a cursor: new entities of the table, then new corrections. */
  lessons(since: LessonCursor): Promise<{ lessons: Lesson[]; cursor: LessonCursor }>;
  /** Articles never annotated or annotated by another version, in id order after `afterId`. */
  stale(version: number, afterId: number, limit: number): Promise<number[]>;
}
