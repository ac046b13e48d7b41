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

/** Quotations as «speaker: text» lines, for compact assertions. */
export function quoteLines(a: Annotations): string[] {
  return a.quotes.map((q) => `${q.speaker ?? '?'}: ${q.text}`);
}
