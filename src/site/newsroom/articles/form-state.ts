import type { Block, BlockType } from '../../../article/index.js';
import type { DraftFields } from '../../../newsroom/drafts/fields.js';

/**
 * The editor form as typed: every field a string, exactly as the person left it, so a form
 * sent back with an error (or after a block was added without scripts) loses nothing.
 */
export interface BlockState {
  type: BlockType;
  text: string;
  cite: string;
  src: string;
  poster: string;
  alt: string;
  caption: string;
  credit: string;
  width: string;
  height: string;
  /** A library image to put here (its id), chosen from the list. */
  media: string;
}

/** The lead image as typed. */
export interface LeadState {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  width: string;
  height: string;
  media: string;
  remove: boolean;
}

/** The whole editor form as typed. */
export interface FormState {
  headline: string;
  deck: string;
  kicker: string;
  section: string;
  tags: string;
  authors: string;
  source: string;
  dateline: string;
  lead: LeadState;
  blocks: BlockState[];
  pins: string;
  exclusions: string;
  /** The article's updatedAt when the form was rendered: the optimistic lock. */
  updatedAt: string;
}

/** The block types, in the order the editor offers them. */
export const BLOCK_TYPES: readonly BlockType[] = ['paragraph', 'subheading', 'image', 'quote', 'video'];

/** A new empty block. */
export function emptyBlock(type: BlockType): BlockState {
  return { type, text: '', cite: '', src: '', poster: '', alt: '', caption: '', credit: '', width: '', height: '', media: '' };
}

/** A new empty article form. */
export function emptyForm(): FormState {
  return {
    headline: '',
    deck: '',
    kicker: '',
    section: '',
    tags: '',
    authors: '',
    source: '',
    dateline: '',
    lead: { src: '', alt: '', caption: '', credit: '', width: '', height: '', media: '', remove: false },
    blocks: [emptyBlock('paragraph')],
    pins: '',
    exclusions: '',
    updatedAt: '',
  };
}

const str = (v: string | null | undefined) => v ?? '';
const num = (v: number | undefined) => (v === undefined ? '' : String(v));

/** A stored block as the form shows it. */
function blockState(b: Block): BlockState {
  const s = emptyBlock(b.type);
  switch (b.type) {
    case 'paragraph':
    case 'subheading':
      return { ...s, text: b.text };
    case 'quote':
      return { ...s, text: b.text, cite: str(b.cite) };
    case 'image':
      return { ...s, src: str(b.src), alt: b.alt, caption: b.caption, credit: str(b.credit), width: num(b.width), height: num(b.height) };
    case 'video':
      return { ...s, src: str(b.src), poster: str(b.poster), caption: b.caption, credit: str(b.credit) };
  }
}

/** The form for saved fields (the article's or a parsed draft's). */
export function formFromFields(f: DraftFields, updatedAt: string): FormState {
  const img = f.leadImage;
  return {
    headline: f.headline,
    deck: str(f.deck),
    kicker: str(f.kicker),
    section: str(f.section),
    tags: f.tags.join('، '),
    authors: f.byline?.authors.join('، ') ?? '',
    source: str(f.byline?.source),
    dateline: str(f.byline?.dateline),
    lead: {
      src: str(img?.src),
      alt: str(img?.alt),
      caption: str(img?.caption),
      credit: str(img?.credit),
      width: num(img?.width),
      height: num(img?.height),
      media: '',
      remove: false,
    },
    blocks: f.body.length ? f.body.map(blockState) : [emptyBlock('paragraph')],
    pins: f.pins.join('\n'),
    exclusions: f.exclusions.join('\n'),
    updatedAt,
  };
}
