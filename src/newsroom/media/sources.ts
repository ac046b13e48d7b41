import type { Image } from '../../article/index.js';

/** Where uploaded images are served from. */
export const MEDIA_URL_PREFIX = '/media/u/';

/** The widths renditions are made at (CSS pixels of common layouts, and their 2× versions). */
export const RENDITION_WIDTHS = [320, 640, 960, 1280, 1600] as const;

/** The widest rendition. */
export const MAX_RENDITION_WIDTH = RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1]!;

/** The formats made for each width, best first; JPEG is the fallback every browser reads. */
export const RENDITION_FORMATS = [
  { format: 'avif', ext: 'avif', type: 'image/avif' },
  { format: 'webp', ext: 'webp', type: 'image/webp' },
  { format: 'jpeg', ext: 'jpg', type: 'image/jpeg' },
] as const;

/** The widths made for an original of this width: the steps below it, and its own width up to the maximum. */
export function renditionWidths(originalWidth: number): number[] {
  const top = Math.min(originalWidth, MAX_RENDITION_WIDTH);
  return [...new Set([...RENDITION_WIDTHS.filter((w) => w < top), top])].sort((a, b) => a - b);
}

/** The file name of one rendition: the upload's content hash, the width, the format. */
export function renditionFile(base: string, width: number, ext: string): string {
  return `${base}-${width}.${ext}`;
}

// `/media/u/{base}-{width}.jpg`, as the newsroom writes image sources.
const SRC_RE = /^\/media\/u\/([a-f0-9]{16,64})-([0-9]{2,5})\.jpg$/;

/** One `<source>` of a `<picture>`. */
export interface PictureSource {
  type: string;
  srcset: string;
}

/**
 * The responsive sources of an image the newsroom uploaded (AVIF, WebP, then JPEG, each at
 * every width), or null for any other image. Pure: derived from the `src` the image block
 * carries, so the reader site needs no database lookup to build a `<picture>`.
 */
export function pictureSources(image: Pick<Image, 'src'>): PictureSource[] | null {
  const m = image.src ? SRC_RE.exec(image.src) : null;
  if (!m) return null;
  const base = m[1]!;
  // The src names the largest rendition; the smaller ones follow from it.
  const widths = renditionWidths(Number(m[2]));
  return RENDITION_FORMATS.map((f) => ({
    type: f.type,
    srcset: widths.map((w) => `${MEDIA_URL_PREFIX}${renditionFile(base, w, f.ext)} ${w}w`).join(', '),
  }));
}

/** The `sizes` of article images: the reading column (about 46rem) or the viewport on phones. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 50rem) 46rem, 100vw';
