import { isMidadError, type FieldIssue, type Image } from '../../../article/index.js';
import type { NewsroomContext } from '../../../newsroom/context.js';
import { imageFromMedia, uploadImage } from '../../../newsroom/media/upload.js';
import type { Actor } from '../../../newsroom/permissions.js';
import type { DecodedForm, FormFile } from './form-decode.js';
import type { BlockState, LeadState } from './form-state.js';

/** An image's fields as the form holds them. */
function asFields(img: Image): Pick<BlockState, 'src' | 'alt' | 'caption' | 'credit' | 'width' | 'height' | 'media'> {
  return {
    src: img.src ?? '',
    alt: img.alt,
    caption: img.caption,
    credit: img.credit ?? '',
    width: img.width ? String(img.width) : '',
    height: img.height ? String(img.height) : '',
    media: '',
  };
}

/** The image for one slot: an uploaded file, else a library pick, else nothing to change. */
async function imageFor(
  ctx: NewsroomContext,
  actor: Actor,
  slot: Pick<LeadState, 'alt' | 'caption' | 'credit' | 'media'>,
  upload: FormFile | null,
  ip: string | null,
): Promise<Image | null> {
  const own = { alt: slot.alt, caption: slot.caption, credit: slot.credit };
  if (upload) {
    // The library keeps what was typed with the upload, so the caption and credit follow the image.
    const item = await uploadImage(ctx, actor, upload.data, own, ip);
    return imageFromMedia(item, own);
  }
  if (/^[0-9]{1,9}$/.test(slot.media)) {
    const item = await ctx.store.newsroom.media.get(Number(slot.media));
    // A library pick brings its caption and credit; what the editor typed for this use wins.
    return item ? imageFromMedia(item, own) : null;
  }
  return null;
}

/**
 * Turns the form's uploads and library picks into image fields (src, size, caption, credit),
 * in place. A refused file becomes an issue on its field: the rest of the form is kept.
 */
export async function attachFormMedia(ctx: NewsroomContext, actor: Actor, form: DecodedForm, ip: string | null): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const attempt = async (path: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      if (!isMidadError(e)) throw e;
      issues.push({ path, message: e.message });
    }
  };
  const { state } = form;
  await attempt('lead.file', async () => {
    const img = await imageFor(ctx, actor, state.lead, form.leadFile, ip);
    if (img) state.lead = { ...state.lead, ...asFields(img), remove: false };
  });
  for (const [i, block] of state.blocks.entries()) {
    if (block.type !== 'image') continue;
    await attempt(`blocks.${i}.file`, async () => {
      const img = await imageFor(ctx, actor, block, form.blockFiles.get(i) ?? null, ip);
      if (img) state.blocks[i] = { ...block, ...asFields(img) };
    });
  }
  return issues;
}
