/**
 * What an upload really is, from its first bytes (never from its name or the browser's
 * claimed type). Only raster formats sharp can read safely are accepted; SVG (which can carry
 * script) and everything else are refused.
 */

/** The image formats the newsroom accepts. */
export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SOI = [0xff, 0xd8, 0xff];
/** ISO-BMFF brands that mean AVIF (still image, image sequence). */
const AVIF_BRANDS = new Set(['avif', 'avis']);

function startsWith(buf: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  if (buf.length < offset + bytes.length) return false;
  return bytes.every((b, i) => buf[offset + i] === b);
}

function ascii(buf: Uint8Array, start: number, end: number): string {
  return Buffer.from(buf.subarray(start, end)).toString('latin1');
}

/** Whether an ISO-BMFF `ftyp` box names an AVIF brand as major or compatible brand. */
function isAvif(buf: Uint8Array): boolean {
  if (buf.length < 16 || ascii(buf, 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(buf.length, (buf[0]! << 24) | (buf[1]! << 16) | (buf[2]! << 8) | buf[3]!);
  if (AVIF_BRANDS.has(ascii(buf, 8, 12))) return true;
  // Compatible brands follow the major brand and minor version, four bytes each.
  for (let at = 16; at + 4 <= boxSize; at += 4) if (AVIF_BRANDS.has(ascii(buf, at, at + 4))) return true;
  return false;
}

/** The format the bytes are, or null when they are not an accepted image. */
export function sniffImage(buf: Uint8Array): ImageFormat | null {
  if (startsWith(buf, JPEG_SOI)) return 'jpeg';
  if (startsWith(buf, PNG_SIGNATURE)) return 'png';
  const head = ascii(buf, 0, 6);
  if (head === 'GIF87a' || head === 'GIF89a') return 'gif';
  if (buf.length >= 12 && ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP') return 'webp';
  if (isAvif(buf)) return 'avif';
  return null;
}
