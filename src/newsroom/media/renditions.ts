import type { OutputInfo } from 'sharp';

// Loaded on first upload: the reader site starts without the native image library.
const loadSharp = async () => (await import('sharp')).default;
import type { MediaVariant } from '../../store/newsroom/index.js';
import { renditionFile, renditionWidths, RENDITION_FORMATS } from './sources.js';

/** Images with more pixels than this are refused before decoding (decompression bombs). */
export const MAX_INPUT_PIXELS = 50_000_000;

/** The size of an image as it will be shown (after its EXIF orientation), or null if sharp cannot read it. */
export async function orientedSize(data: Buffer): Promise<{ width: number; height: number; format: string } | null> {
  const sharp = await loadSharp();
  try {
    const meta = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    const { width, height } = meta.autoOrient;
    if (!width || !height || !meta.format) return null;
    return { width, height, format: meta.format };
  } catch {
    return null;
  }
}

/** A rendition ready to write. */
export interface Rendition extends MediaVariant {
  data: Buffer;
}

/** One width in one format, from the decoded pixels. */
async function encode(pixels: { data: Buffer; info: OutputInfo }, width: number, format: 'avif' | 'webp' | 'jpeg'): Promise<{ data: Buffer; height: number }> {
  const sharp = await loadSharp();
  const { info } = pixels;
  const resized = sharp(pixels.data, { raw: { width: info.width, height: info.height, channels: info.channels } }).resize({ width, withoutEnlargement: true });
  // AVIF effort 1: most of the size gain for a fraction of the default effort's time.
  const encoded =
    format === 'avif'
      ? resized.avif({ quality: 55, effort: 1 })
      : format === 'webp'
        ? resized.webp({ quality: 78 })
        : resized.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true, progressive: true });
  const out = await encoded.toBuffer({ resolveWithObject: true });
  return { data: out.data, height: out.info.height };
}

/**
 * Every rendition of an upload: each width in AVIF, WebP and JPEG. The original is decoded
 * once (turned upright from its EXIF orientation, scaled to the widest rendition) and every
 * rendition is made from those pixels, the three formats of a width in parallel. Metadata
 * (camera, GPS position) is not carried over. JPEG has no transparency: it becomes white there.
 */
export async function makeRenditions(data: Buffer, base: string, originalWidth: number): Promise<Rendition[]> {
  const sharp = await loadSharp();
  const widths = renditionWidths(originalWidth);
  const pixels = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS })
    .autoOrient()
    .resize({ width: widths[widths.length - 1]!, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // An alpha channel on an opaque image (common in PNGs) doubles AVIF's time for nothing.
  if (pixels.info.channels === 4 && (await sharp(pixels.data, { raw: pixels.info }).stats()).isOpaque) {
    const opaque = await sharp(pixels.data, { raw: pixels.info }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    pixels.data = opaque.data;
    pixels.info = opaque.info;
  }
  const out: Rendition[] = [];
  for (const width of widths) {
    const made = await Promise.all(RENDITION_FORMATS.map((f) => encode(pixels, width, f.format)));
    RENDITION_FORMATS.forEach((f, i) => {
      const r = made[i]!;
      out.push({ width, height: r.height, format: f.format, file: renditionFile(base, width, f.ext), bytes: r.data.length, data: r.data });
    });
  }
  return out;
}
