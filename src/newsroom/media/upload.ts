import { createHash } from 'node:crypto';
import { MidadError, type Image } from '../../article/index.js';
import type { MediaItem } from '../../store/newsroom/index.js';
import { recordAudit } from '../audit/record.js';
import type { NewsroomContext } from '../context.js';
import { can, type Actor } from '../permissions.js';
import { makeRenditions, orientedSize } from './renditions.js';
import { sniffImage, type ImageFormat } from './sniff.js';
import { MEDIA_URL_PREFIX } from './sources.js';
import { writeMediaFile } from './storage.js';

/** What a person says about an image: the text alternative, the caption, the credit. */
export interface ImageDescription {
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
}

// sharp names AVIF's container 'heif'.
const SHARP_FORMAT: Record<ImageFormat, string> = { jpeg: 'jpeg', png: 'png', gif: 'gif', webp: 'webp', avif: 'heif' };

/** Trims a description field to the article model's limits. */
function clean(text: string | null | undefined, max: number): string {
  return (text ?? '').trim().slice(0, max);
}

/**
 * Takes an upload: checks its size and its content (magic bytes, then sharp must read it as
 * that same format), makes the renditions, writes them under the media directory and records
 * the image with its description. The same bytes uploaded twice are stored once.
 */
export async function uploadImage(ctx: NewsroomContext, actor: Actor, data: Buffer, description: ImageDescription, ip: string | null = null): Promise<MediaItem> {
  if (!can(actor, 'media.upload')) throw new MidadError('ERR_FORBIDDEN');
  if (data.length > ctx.config.maxUploadBytes) throw new MidadError('ERR_MEDIA_TOO_LARGE');
  const format = sniffImage(data);
  const size = format ? await orientedSize(data) : null;
  if (!format || !size || size.format !== SHARP_FORMAT[format]) throw new MidadError('ERR_MEDIA_UNSUPPORTED');

  const hash = createHash('sha256').update(data).digest('hex');
  const existing = await ctx.store.newsroom.media.byHash(hash);
  if (existing) return fillBlanks(ctx, existing, description);

  const base = hash.slice(0, 24);
  const renditions = await makeRenditions(data, base, size.width);
  for (const r of renditions) await writeMediaFile(ctx.config.mediaDir, r.file, r.data);
  const at = ctx.now().toISOString();
  try {
    return await ctx.store.transaction(async (tx) => {
      const item = await tx.newsroom.media.add({
        hash,
        format,
        bytes: data.length,
        width: size.width,
        height: size.height,
        alt: clean(description.alt, 500),
        caption: clean(description.caption, 1000),
        credit: clean(description.credit, 200) || null,
        variants: renditions.map(({ data: _data, ...v }) => v),
        createdAt: at,
        createdBy: actor.id,
      });
      await recordAudit(tx, { at, userId: actor.id, action: 'media.upload', targetType: 'media', targetId: item.id, detail: { format, bytes: data.length }, ip });
      return item;
    });
  } catch (e) {
    // The same image uploaded twice at once: the unique hash lets one row in; use it.
    const raced = await ctx.store.newsroom.media.byHash(hash);
    if (raced) return raced;
    throw e;
  }
}

/** The same image uploaded again with a description the library lacks: keep what it adds, never overwrite. */
async function fillBlanks(ctx: NewsroomContext, item: MediaItem, d: ImageDescription): Promise<MediaItem> {
  const alt = item.alt || clean(d.alt, 500);
  const caption = item.caption || clean(d.caption, 1000);
  const credit = item.credit || clean(d.credit, 200) || null;
  if (alt === item.alt && caption === item.caption && credit === item.credit) return item;
  await ctx.store.newsroom.media.describe(item.id, { alt, caption, credit });
  return { ...item, alt, caption, credit };
}

/** Updates an image's alt text, caption and credit in the library. */
export async function describeImage(ctx: NewsroomContext, actor: Actor, id: number, d: ImageDescription, ip: string | null = null): Promise<MediaItem> {
  if (!can(actor, 'media.edit')) throw new MidadError('ERR_FORBIDDEN');
  const item = await ctx.store.newsroom.media.get(id);
  if (!item) throw new MidadError('ERR_MEDIA_NOT_FOUND');
  const at = ctx.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    await tx.newsroom.media.describe(id, { alt: clean(d.alt, 500), caption: clean(d.caption, 1000), credit: clean(d.credit, 200) || null });
    await recordAudit(tx, { at, userId: actor.id, action: 'media.describe', targetType: 'media', targetId: id, ip });
  });
  return (await ctx.store.newsroom.media.get(id))!;
}

/** The largest JPEG rendition: the `src` image blocks carry (and every browser can show). */
export function mediaSrc(item: MediaItem): string {
  const jpegs = item.variants.filter((v) => v.format === 'jpeg').sort((a, b) => b.width - a.width);
  return MEDIA_URL_PREFIX + jpegs[0]!.file;
}

/**
 * An article image from a library item: its caption and credit travel with it, unless the
 * editor wrote their own for this use.
 */
export function imageFromMedia(item: MediaItem, own: ImageDescription = {}): Image {
  const largest = item.variants.filter((v) => v.format === 'jpeg').sort((a, b) => b.width - a.width)[0]!;
  return {
    src: mediaSrc(item),
    alt: clean(own.alt, 500) || item.alt,
    caption: clean(own.caption, 1000) || item.caption,
    credit: clean(own.credit, 200) || item.credit,
    width: largest.width,
    height: largest.height,
  };
}
