/** Test factories for enrichment: articles from paragraphs, and quick reads of the results. */
import { annotate, createGazetteer, type Annotations, type ArticleText, type Gazetteer } from '../../src/enrich/index.js';

let shared: Gazetteer | undefined;

/** One facts-only gazetteer for read-only tests (building it takes a few dozen ms). */
export function gazetteer(): Gazetteer {
  shared ??= createGazetteer();
  return shared;
}

/** An article whose body is the given paragraphs. */
export function buildArticle(paragraphs: string[], headline = 'عنوان تجريبي'): ArticleText {
  return { headline, body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) };
}

/** Annotates paragraphs with the shared gazetteer. */
export function annotateParagraphs(paragraphs: string[], g: Gazetteer = gazetteer()): Annotations {
  return annotate(buildArticle(paragraphs), { gazetteer: g });
}

/** Organisation names found in one paragraph. */
export const orgs = (text: string): string[] => annotateParagraphs([text]).organizations.map((o) => o.name);

/** Organisation mentions as written in one paragraph (descriptors and adjectives left out). */
export const orgMentions = (text: string): string[] => annotateParagraphs([text]).organizations.flatMap((o) => o.mentions.map((m) => m.text));

/** Place names found in one paragraph. */
export const places = (text: string): string[] => annotateParagraphs([text]).places.map((p) => p.name);

/** People, places and organisations found in one paragraph, by name. */
export function found(text: string): { people: string[]; places: string[]; orgs: string[] } {
  const a = annotateParagraphs([text]);
  return { people: a.people.map((p) => p.name), places: a.places.map((p) => p.name), orgs: a.organizations.map((o) => o.name) };
}

/** Quotations as «speaker: text» lines, for compact assertions. */
export function quoteLines(a: Annotations): string[] {
  return a.quotes.map((q) => `${q.speaker ?? '?'}: ${q.text}`);
}
