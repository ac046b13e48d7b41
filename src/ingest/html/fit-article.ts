/**
 * Fits an imported article into the schema's limits instead of failing the import: long
 * texts are clipped at a word, over-long subheadings and quotes become paragraphs, huge
 * paragraphs are split, and anything clipped or dropped is reported as a warning.
 */
import { ArticleInputSchema, type ArticleInputRaw } from '../../article/article.js';
import type { Block } from '../../article/blocks.js';
import { ParagraphBlock, QuoteBlock, SubheadingBlock } from '../../article/blocks.js';
import { ImageSchema } from '../../article/image.js';
import { clip } from './text.js';

const A = ArticleInputSchema.shape;
// String limits are read from the schema, the single source of truth; array limits are
// not exposed by zod, so they are restated here (the final validation would catch drift).
const MAX = {
  headline: A.headline.maxLength ?? 300,
  deck: A.deck.unwrap().unwrap().maxLength ?? 600,
  section: A.section.unwrap().unwrap().maxLength ?? 80,
  tag: A.tags.unwrap().element.maxLength ?? 80,
  tags: 50,
  paragraph: ParagraphBlock.shape.text.maxLength ?? 20000,
  subheading: SubheadingBlock.shape.text.maxLength ?? 300,
  quote: QuoteBlock.shape.text.maxLength ?? 1000,
  caption: ImageSchema.shape.caption.unwrap().maxLength ?? 1000,
  alt: ImageSchema.shape.alt.unwrap().maxLength ?? 500,
  credit: 200,
  author: 120,
  authors: 20,
  source: 200,
  dateline: 120,
  blocks: 2000,
};

/** Splits an over-long paragraph into schema-sized ones at word boundaries. */
function splitLong(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX.paragraph) {
    const part = clip(rest, MAX.paragraph);
    out.push(part);
    rest = rest.slice(part.length).trim();
  }
  if (rest) out.push(rest);
  return out;
}

function fitBlock(b: Block): Block[] {
  switch (b.type) {
    case 'paragraph':
      return splitLong(b.text).map((text) => ({ type: 'paragraph', text }));
    case 'subheading':
      return b.text.length <= MAX.subheading ? [b] : fitBlock({ type: 'paragraph', text: b.text });
    case 'quote':
      return b.text.length <= MAX.quote ? [{ ...b, cite: b.cite ? clip(b.cite, MAX.credit) : null }] : fitBlock({ type: 'paragraph', text: b.text });
    case 'image':
      return [{ ...b, caption: clip(b.caption ?? '', MAX.caption), alt: clip(b.alt ?? '', MAX.alt), credit: b.credit ? clip(b.credit, MAX.credit) : null }];
    case 'video':
      return [{ ...b, caption: clip(b.caption ?? '', MAX.caption), credit: b.credit ? clip(b.credit, MAX.credit) : null }];
  }
}

/** An article as importers build it: the input shape, with body blocks already complete. */
export type ArticleDraft = Omit<ArticleInputRaw, 'body'> & { body: Block[] };

/** The article within the schema's limits, and a warning for each thing clipped or dropped. */
export function fitArticle(article: ArticleDraft): { article: ArticleInputRaw; warnings: string[] } {
  const warnings: string[] = [];
  const clipField = (name: string, v: string | null | undefined, max: number): string | null => {
    if (!v) return null;
    if (v.length > max) warnings.push(`${name} longer than ${max} characters; clipped`);
    return clip(v, max);
  };
  let body = article.body.flatMap(fitBlock);
  if (body.length > MAX.blocks) {
    warnings.push(`body has ${body.length} blocks; only the first ${MAX.blocks} kept`);
    body = body.slice(0, MAX.blocks);
  }
  const tags = (article.tags ?? []).map((t) => clip(t, MAX.tag)).filter(Boolean);
  if (tags.length > MAX.tags) warnings.push(`${tags.length} tags; only the first ${MAX.tags} kept`);
  const byline = article.byline
    ? {
        authors: (article.byline.authors ?? []).slice(0, MAX.authors).map((a) => clip(a, MAX.author)),
        source: clipField('byline source', article.byline.source, MAX.source),
        dateline: clipField('dateline', article.byline.dateline, MAX.dateline),
      }
    : null;
  const lead = article.leadImage;
  return {
    article: {
      ...article,
      headline: clipField('headline', article.headline, MAX.headline) ?? '',
      deck: clipField('deck', article.deck, MAX.deck),
      section: clipField('section', article.section, MAX.section),
      tags: tags.slice(0, MAX.tags),
      byline,
      leadImage: lead ? { ...lead, caption: clip(lead.caption ?? '', MAX.caption), alt: clip(lead.alt ?? '', MAX.alt), credit: lead.credit ? clip(lead.credit, MAX.credit) : null } : null,
      body,
    },
    warnings,
  };
}
