import type { BlockType } from '../../../article/index.js';
import { BLOCK_TYPES, emptyBlock, type BlockState, type FormState } from './form-state.js';

/** A file the form carried (an image for the lead or a block). */
export interface FormFile {
  data: Buffer;
  name: string | null;
}

/** What a posted editor form says: the fields as typed, its files, and the block button pressed (if any). */
export interface DecodedForm {
  state: FormState;
  leadFile: FormFile | null;
  blockFiles: Map<number, FormFile>;
  op: string | null;
}

/** A field's text value; repeated or missing fields read as the first value or ''. */
function text(body: Record<string, unknown>, key: string, max = 25_000): string {
  let v = body[key];
  if (Array.isArray(v)) v = v[0];
  return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').slice(0, max) : '';
}

/** An uploaded file field (the multipart parser hands files over as FormFile values). */
function file(body: Record<string, unknown>, key: string): FormFile | null {
  const v = body[key];
  return v && typeof v === 'object' && Buffer.isBuffer((v as FormFile).data) && (v as FormFile).data.length > 0 ? (v as FormFile) : null;
}

/** The most blocks one form may carry (the article model allows 2000; a form past that is not a person typing). */
const MAX_FORM_BLOCKS = 2000;
const BLOCK_KEY_RE = /^blocks\.([0-9]{1,4})\.type$/;

/**
 * Reads the editor's flat form fields (`headline`, `lead.caption`, `blocks.3.text`…) into the
 * form state. Blocks come in the order of their indexes; unknown types are skipped.
 */
export function decodeForm(body: Record<string, unknown>): DecodedForm {
  const indexes = Object.keys(body)
    .map((k) => BLOCK_KEY_RE.exec(k)?.[1])
    .filter((i): i is string => i !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
    .slice(0, MAX_FORM_BLOCKS);
  const blocks: BlockState[] = [];
  const blockFiles = new Map<number, FormFile>();
  for (const i of indexes) {
    const type = text(body, `blocks.${i}.type`) as BlockType;
    if (!BLOCK_TYPES.includes(type)) continue;
    const f = (name: string, max?: number) => text(body, `blocks.${i}.${name}`, max);
    const upload = file(body, `blocks.${i}.file`);
    if (upload) blockFiles.set(blocks.length, upload);
    blocks.push({
      ...emptyBlock(type),
      text: f('text'),
      cite: f('cite', 300),
      src: f('src', 2100),
      poster: f('poster', 2100),
      alt: f('alt', 600),
      caption: f('caption', 1100),
      credit: f('credit', 300),
      width: f('width', 6),
      height: f('height', 6),
      media: f('media', 12),
    });
  }
  return {
    state: {
      headline: text(body, 'headline', 400),
      deck: text(body, 'deck', 700),
      kicker: text(body, 'kicker', 100),
      section: text(body, 'section', 100),
      tags: text(body, 'tags', 5000),
      authors: text(body, 'authors', 3000),
      source: text(body, 'source', 300),
      dateline: text(body, 'dateline', 200),
      lead: {
        src: text(body, 'lead.src', 2100),
        alt: text(body, 'lead.alt', 600),
        caption: text(body, 'lead.caption', 1100),
        credit: text(body, 'lead.credit', 300),
        width: text(body, 'lead.width', 6),
        height: text(body, 'lead.height', 6),
        media: text(body, 'lead.media', 12),
        remove: text(body, 'lead.remove') === '1',
      },
      blocks,
      pins: text(body, 'pins', 5000),
      exclusions: text(body, 'exclusions', 5000),
      updatedAt: text(body, 'updatedAt', 40),
    },
    leadFile: file(body, 'lead.file'),
    blockFiles,
    op: text(body, 'op', 40) || null,
  };
}
