/**
 * Assembly: metadata, lead figure and tidied blocks become one article draft. Decides the
 * lead image (the figure taken before readability, else the first image ahead of any
 * prose, else the page's og:image), the byline (metadata writers, else byline lines; the
 * dateline from the first paragraph), and a headline when the page names none.
 */
import type { Block } from '../../article/blocks.js';
import type { Image } from '../../article/image.js';
import { datelineOf } from './byline.js';
import type { ArticleDraft } from './fit-article.js';
import type { ImageBlockOut } from './figure.js';
import type { PageMetadata } from './metadata.js';
import { clip } from './text.js';

/** Everything the pipeline learnt about one page. */
export interface AssemblyInput {
  meta: PageMetadata;
  lead: ImageBlockOut | null;
  blocks: Block[];
  /** Writers found in byline lines inside the body. */
  bodyAuthors: string[];
  /** A source named by a closing «المصدر: …» line. */
  bodySource?: string | null;
}

// A headline made up from the first line of text is kept to a readable length.
const DERIVED_HEADLINE_CHARS = 120;
// Longest external id the schema accepts.
const MAX_ID_CHARS = 200;

function toImage(b: ImageBlockOut): Image {
  const { type: _type, ...image } = b;
  return image;
}

/** The lead image and the body without it. */
function splitLead(lead: ImageBlockOut | null, blocks: Block[], meta: PageMetadata): { leadImage: Image | null; body: Block[] } {
  let body = blocks;
  let leadBlock = lead;
  if (!leadBlock) {
    const firstProse = blocks.findIndex((b) => b.type === 'paragraph');
    const i = blocks.findIndex((b) => b.type === 'image');
    if (i !== -1 && (firstProse === -1 || i < firstProse)) {
      leadBlock = blocks[i] as ImageBlockOut;
      body = blocks.filter((_, k) => k !== i);
    }
  }
  if (leadBlock) {
    const src = leadBlock.src;
    // The same photo again in the body (sticky headers repeat it) adds nothing.
    body = body.filter((b) => !(b.type === 'image' && src && b.src === src));
    return { leadImage: toImage(leadBlock), body };
  }
  const m = meta.image;
  return { leadImage: m?.src ? { src: m.src, alt: m.alt, caption: m.caption, credit: null } : null, body };
}

/** Builds the article draft; `warnings` receives what had to be guessed. */
export function assembleArticle(input: AssemblyInput, warnings: string[]): ArticleDraft {
  const { meta } = input;
  const { leadImage, body } = splitLead(input.lead, input.blocks, meta);
  const firstParagraph = body.find((b) => b.type === 'paragraph');
  const dl = firstParagraph?.type === 'paragraph' ? datelineOf(firstParagraph.text) : null;
  const authors = meta.authors.length ? meta.authors : input.bodyAuthors;
  const source = dl?.source ?? input.bodySource ?? null;
  const byline = authors.length || dl || source ? { authors, source, dateline: dl?.dateline ?? null } : null;

  let headline = meta.headline;
  if (!headline) {
    const first = body.find((b) => b.type === 'subheading' || b.type === 'paragraph');
    headline = first && 'text' in first ? clip(first.text, DERIVED_HEADLINE_CHARS) : null;
    if (headline) warnings.push('page names no headline; the first line of text is used');
  }
  const url = meta.canonicalUrl;
  return {
    ...(url && url.length <= MAX_ID_CHARS ? { id: url } : {}),
    headline: headline ?? '',
    deck: meta.deck,
    kicker: null,
    section: meta.section,
    tags: meta.tags,
    leadImage,
    byline,
    hasVideo: body.some((b) => b.type === 'video'),
    body,
    publishedAt: meta.publishedAt,
    ...(meta.modifiedAt && (!meta.publishedAt || meta.modifiedAt >= meta.publishedAt) ? { updatedAt: meta.modifiedAt } : {}),
  };
}
