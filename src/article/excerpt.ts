import type { Block } from './blocks.js';

/** The default teaser length in characters: about two lines of a card. */
const TEASER_CHARS = 180;

/** The article's first paragraph, for teasers and descriptions. */
export function firstParagraph(body: readonly Block[]): string {
  for (const b of body) if (b.type === 'paragraph') return b.text;
  return '';
}

/** Cuts a text at a word boundary near `max` characters, ending with an ellipsis when cut. */
export function truncateWords(text: string, max = TEASER_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s،,.؛:]+$/u, '')}…`;
}

/** A teaser for cards and meta descriptions: the deck if there is one, else the first paragraph cut short. */
export function teaserOf(article: { deck: string | null; body: readonly Block[] }, max = TEASER_CHARS): string {
  return truncateWords(article.deck ?? firstParagraph(article.body), max);
}

/** Words in the body (paragraphs, subheadings, quotes). */
export function wordCount(body: readonly Block[]): number {
  let n = 0;
  for (const b of body) {
    if (b.type === 'paragraph' || b.type === 'subheading' || b.type === 'quote') {
      n += b.text.split(/\s+/u).filter(Boolean).length;
    }
  }
  return n;
}
