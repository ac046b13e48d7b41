import type { Analyzer } from '../arabic/analyzer.js';
import { normalize } from '../arabic/normalize.js';
import { featureId } from './hash.js';
import { shingles, signature } from './minhash.js';
import { surfaceWords, wordGrams } from './words.js';

/** What the related engine reads of an article (an Article satisfies it). */
export interface RelatableArticle {
  readonly id: number;
  readonly headline: string;
  readonly deck: string | null;
  readonly body: ReadonlyArray<{ type: string; text?: string; caption?: string }>;
  readonly tags: readonly string[];
  readonly section: { id: number } | null;
  readonly publishedAt: string | null;
}

/** A person, place or organisation enrichment found in an article (by its stored entity id), and how often it is named. */
export interface EntityCount {
  readonly entity: number;
  readonly mentions: number;
}

/** Feature id → count, as a map while counting or as pairs once compacted. */
export type Counts = Iterable<readonly [number, number]>;

/**
 * An article's countable features before weighting: feature id → count. The headline's grams
 * count double against the deck's; in the body vector the headline's terms count three times
 * and the deck's twice (a headline word says more about the article than a body word).
 */
export interface RawProfile {
  readonly title: Counts;
  readonly content: Counts;
  readonly tags: Counts;
  readonly entities: Counts;
  /** MinHash of the word shingles of headline, deck and body together. */
  readonly minhash: Uint32Array;
  /** Whether the article has body text (a headline-only item compares by headline alone). */
  readonly hasBody: boolean;
}

/** Body texts that carry the story: paragraphs, subheadings, quotes, captions. */
export function bodyText(article: Pick<RelatableArticle, 'body'>): string {
  const parts: string[] = [];
  for (const b of article.body) {
    if (b.text) parts.push(b.text);
    else if (b.caption) parts.push(b.caption);
  }
  return parts.join('\n');
}

/** Adds `times` to the count of each id. */
function count(into: Map<number, number>, ids: Iterable<number>, times: number): void {
  for (const id of ids) into.set(id, (into.get(id) ?? 0) + times);
}

/**
 * Counts an article's features with the shared analyzer (terms) and its normaliser (grams,
 * shingles), with the entities enrichment stored for it (an entity named more often counts more).
 */
export function rawProfile(article: RelatableArticle, analyzer: Analyzer, entities: readonly EntityCount[] = []): RawProfile {
  const headlineWords = surfaceWords(article.headline);
  const deckWords = surfaceWords(article.deck ?? '');
  const body = bodyText(article);
  const title = new Map<number, number>();
  count(title, wordGrams(headlineWords).map((g) => featureId('gram', g)), 2);
  count(title, wordGrams(deckWords).map((g) => featureId('gram', g)), 1);

  const content = new Map<number, number>();
  const termIds = (text: string) => analyzer.indexTerms(text).map((t) => featureId('term', t));
  count(content, termIds(article.headline), 3);
  count(content, termIds(article.deck ?? ''), 2);
  count(content, termIds(body), 1);

  const tags = new Map<number, number>();
  for (const tag of new Set(article.tags.map((t) => normalize(t)).filter(Boolean))) tags.set(featureId('tag', tag), 1);

  const ents = new Map<number, number>();
  for (const e of entities) count(ents, [featureId('entity', String(e.entity))], Math.max(1, e.mentions));

  const allWords = [...headlineWords, ...deckWords, ...surfaceWords(body)];
  return { title, content, tags, entities: ents, minhash: signature(shingles(allWords)), hasBody: body.trim().length > 0 };
}

/** Every feature id a profile counts once, for the document frequencies. */
export function profileFeatures(p: RawProfile): number[] {
  const out = new Set<number>();
  for (const counts of [p.title, p.content, p.tags, p.entities]) for (const [id] of counts) out.add(id);
  return [...out];
}
