/**
 * What the store keeps for the related-articles engine. The store moves bytes and numbers;
 * what they mean (vectors, signatures, scores) is src/related/'s business.
 */

/** An article's stored profile. */
export interface StoredProfile {
  articleId: number;
  publishedAt: string | null;
  sectionId: number | null;
  title: Uint8Array;
  content: Uint8Array;
  tags: Uint8Array;
  entities: Uint8Array;
  minhash: Uint8Array;
  hasBody: boolean;
  hub: number;
  /** The five best text similarities behind `hub` (float32 bytes). */
  hubTop: Uint8Array;
  /** Bookkeeping of the pool and list, so a newcomer's effect is known without reading them. */
  poolCount: number;
  poolFloor: number;
  listFloor: number;
}

/** What changes on a neighbour when a newcomer enters its pool. */
export interface NeighbourStats {
  hub: number;
  hubTop: Uint8Array;
  poolCount: number;
  poolFloor: number;
}

/** A scored neighbour in an article's pool. */
export interface StoredNeighbour {
  targetId: number;
  score: number;
  text: number;
  /** JSON of the score's parts. */
  parts: string;
}

/** The facts about articles the engine filters and selects on. */
export interface ArticleFacts {
  id: number;
  status: string;
  publishedAt: string | null;
  pins: number[];
  exclusions: number[];
  tags: string[];
}

/** The text and facts of an article the engine profiles, read in bulk (a rebuild reads them all). */
export interface ArticleText {
  id: number;
  headline: string;
  deck: string | null;
  body: Array<{ type: string; text?: string; caption?: string }>;
  tags: string[];
  section: { id: number } | null;
  publishedAt: string | null;
  status: string;
}

/** A story as stored. */
export interface StoredStory {
  id: number;
  slug: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  mergedInto: number | null;
}

/** A member of a story. */
export interface StoryMember {
  articleId: number;
  publishedAt: string | null;
}

/** Profiles and the collection statistics. */
export interface ProfileRepository {
  /** Document frequencies of the given features (absent ones are 0). */
  frequencies(features: readonly number[]): Promise<Map<number, number>>;
  /** Adds `delta` to each feature's frequency (features that fall to 0 go); says each given feature's new frequency (0 for those that went). */
  adjustFrequencies(features: readonly number[], delta: 1 | -1): Promise<Map<number, number>>;
  /** Replaces all frequencies (rebuild). */
  replaceFrequencies(df: ReadonlyMap<number, number>, n: number): Promise<void>;
  /** How many articles have a profile. */
  count(): Promise<number>;
  /** Inserts a profile and counts it in N (an article's old profile is removed first). */
  put(p: StoredProfile): Promise<void>;
  /** Removes a profile (and uncounts it); false when there was none. */
  remove(articleId: number): Promise<boolean>;
  get(ids: readonly number[]): Promise<Map<number, StoredProfile>>;
  /** Updates the hub measure and pool bookkeeping of these profiles (one statement per chunk; an id given twice keeps its last row). */
  setStats(rows: ReadonlyArray<NeighbourStats & { articleId: number }>): Promise<void>;
  /** Updates the score a newcomer must beat to change a list, of these profiles. */
  setListFloors(rows: ReadonlyArray<{ articleId: number; floor: number }>): Promise<void>;
}

/** A feature with its weight in a signature or a query. */
export interface WeightedFeature {
  feature: number;
  weight: number;
}

/** The signature index candidates come from. */
export interface PostingRepository {
  /** Writes an article's signature (its old one is removed first). */
  add(articleId: number, features: readonly WeightedFeature[]): Promise<void>;
  remove(articleId: number): Promise<void>;
  /** Articles sharing the query's features, best sum of weight products first (ties by id), without `excludeId`. */
  candidates(query: readonly WeightedFeature[], excludeId: number, limit: number): Promise<Array<{ id: number; score: number }>>;
  clear(): Promise<void>;
  /** Appends many signatures' rows at once (rebuild). */
  bulkInsert(rows: Iterable<{ feature: number; articleId: number; weight: number }>): Promise<void>;
}

/** Pools and chosen lists. */
export interface ListRepository {
  pools(ids: readonly number[]): Promise<Map<number, StoredNeighbour[]>>;
  /** Inserts or updates pool rows, of any number of articles (one statement per chunk; a key given twice keeps its last row). */
  upsertPool(rows: ReadonlyArray<StoredNeighbour & { articleId: number }>): Promise<void>;
  /** Removes an article's whole pool. */
  removePool(articleId: number): Promise<void>;
  /** Removes an article from every pool that holds it. */
  removeFromPools(targetId: number): Promise<void>;
  /** Keeps an article's best `size` neighbours (score, then id) and says how many remain and the lowest score among them (rows past `size` are allowed in between: trims are batched). */
  trimPool(articleId: number, size: number): Promise<{ count: number; floor: number }>;
  /** Articles that hold this one in their pool (a superset of the lists that show it). */
  holders(targetId: number): Promise<number[]>;
  /** The chosen lists of these articles (JSON), absent when none. */
  picks(ids: readonly number[]): Promise<Map<number, string>>;
  /** Writes the chosen lists of these articles (one statement per chunk; an id given twice keeps its last row). */
  setPicks(rows: ReadonlyArray<{ articleId: number; json: string }>, at: string): Promise<void>;
  removePicks(articleId: number): Promise<void>;
}

/** Stories and the links they are made of. */
export interface StoryRepository {
  /** Replaces an article's story links (both directions). */
  setLinks(articleId: number, links: ReadonlyArray<{ otherId: number; affinity: number }>): Promise<void>;
  /** The linked articles of each given article. */
  links(ids: readonly number[]): Promise<Map<number, number[]>>;
  /** The story of each given article that has one. */
  membership(ids: readonly number[]): Promise<Map<number, number>>;
  create(story: { slug: string; title: string; at: string }): Promise<number>;
  update(id: number, fields: { slug: string; title: string; at: string }): Promise<void>;
  /** Marks a story merged into another. */
  retire(id: number, mergedInto: number, at: string): Promise<void>;
  /** Deletes a story that no longer holds together. */
  dissolve(id: number): Promise<void>;
  /** Puts articles in a story (moving them from any other). */
  assign(storyId: number, members: readonly StoryMember[]): Promise<void>;
  unassign(articleIds: readonly number[]): Promise<void>;
  get(id: number): Promise<StoredStory | null>;
  /** Members in publication order (oldest first). */
  members(storyId: number): Promise<StoryMember[]>;
  /** Live stories, most recently updated first. */
  list(limit: number): Promise<StoredStory[]>;
}

/** Many rows at once, for a rebuild that has just cleared the tables. */
export interface BulkWriter {
  profiles(rows: readonly StoredProfile[]): Promise<void>;
  pools(rows: ReadonlyArray<StoredNeighbour & { articleId: number }>): Promise<void>;
  picks(rows: ReadonlyArray<{ articleId: number; json: string }>, at: string): Promise<void>;
  /** Story links, each given once: both directions are written. */
  links(rows: ReadonlyArray<{ articleId: number; otherId: number; affinity: number }>): Promise<void>;
}

/** Everything the related engine stores. */
export interface RelatedRepository {
  readonly profiles: ProfileRepository;
  readonly postings: PostingRepository;
  readonly lists: ListRepository;
  readonly stories: StoryRepository;
  /** Status, dates, pins, exclusions and tags of articles, in one round of queries. */
  facts(ids: readonly number[]): Promise<Map<number, ArticleFacts>>;
  /** The people, places and organisations enrichment stored for each article (merged entities followed, rejected ones left out). */
  entitiesOf(ids: readonly number[]): Promise<Map<number, Array<{ entity: number; mentions: number }>>>;
  /** How many articles carry each of these tags. */
  tagUse(tags: readonly string[]): Promise<Map<string, number>>;
  /** Every article id whose status may be shown to readers now or later (published, scheduled), oldest id first. */
  listableIds(): Promise<number[]>;
  readonly bulk: BulkWriter;
  /** Headline, deck, body, tags, section and dates of many articles in two queries. */
  texts(ids: readonly number[]): Promise<ArticleText[]>;
  /** Ids of articles changed at or after an instant (a rebuild catches up with them). */
  changedSince(at: string): Promise<number[]>;
  /** The story of every article that has one (a rebuild keeps story ids where it can). */
  allMemberships(): Promise<Map<number, number>>;
  /** Forgets everything derived (profiles, frequencies, postings, pools, lists, links, story members) before a rebuild; stories themselves stay until the rebuild decides. */
  clear(): Promise<void>;
}
