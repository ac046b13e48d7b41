/**
 * The texts of an article that enrichment reads, in reading order: headline, deck, lead
 * caption, then every body block (a paragraph's or subheading's text, an image's or video's
 * caption, a quote block's text). Only paragraphs carry quotations.
 */
import type { Block } from '../article/blocks.js';
import { DECK_BLOCK, HEADLINE_BLOCK, LEAD_CAPTION_BLOCK, type TextUnit } from './types.js';

/**
 * The parts of a body block enrichment reads: any article Block fits (text blocks, image and
 * video captions), and so do the lighter blocks of an import draft.
 */
export type TextBlock =
  | { readonly type: Extract<Block['type'], 'paragraph' | 'subheading' | 'quote'>; readonly text: string }
  | { readonly type: Extract<Block['type'], 'image' | 'video'>; readonly caption: string; readonly credit?: string | null };

/** The parts of an article enrichment needs; an ArticleInput fits. */
export interface ArticleText {
  readonly headline: string;
  readonly deck?: string | null;
  readonly leadImage?: { readonly caption: string } | null;
  readonly body: readonly TextBlock[];
}

/** The text a body block shows. */
export function blockText(block: TextBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'subheading':
    case 'quote':
      return block.text;
    case 'image':
      return block.caption;
    case 'video':
      return block.caption;
  }
}

/** Text units in reading order. */
export function textUnits(article: ArticleText): TextUnit[] {
  const units: TextUnit[] = [{ block: HEADLINE_BLOCK, text: article.headline, prose: false }];
  if (article.deck) units.push({ block: DECK_BLOCK, text: article.deck, prose: false });
  if (article.leadImage?.caption) units.push({ block: LEAD_CAPTION_BLOCK, text: article.leadImage.caption, prose: false });
  article.body.forEach((b, i) => units.push({ block: i, text: blockText(b), prose: b.type === 'paragraph' }));
  return units;
}
