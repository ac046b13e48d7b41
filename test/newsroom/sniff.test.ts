import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../src/newsroom/media/sniff.js';
import { pictureSources, renditionWidths } from '../../src/newsroom/media/sources.js';

const pixel = sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } });

describe('uploads are recognised by their bytes, not their names', () => {
  it('knows JPEG, PNG, GIF, WebP and AVIF', async () => {
    expect(sniffImage(await pixel.clone().jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImage(await pixel.clone().png().toBuffer())).toBe('png');
    expect(sniffImage(await pixel.clone().gif().toBuffer())).toBe('gif');
    expect(sniffImage(await pixel.clone().webp().toBuffer())).toBe('webp');
    expect(sniffImage(await pixel.clone().avif().toBuffer())).toBe('avif');
  });

  it('refuses SVG, HTML, text and truncated headers', () => {
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImage(Buffer.from('<!doctype html><p>hi'))).toBeNull();
    expect(sniffImage(Buffer.from('just text pretending to be a .png'))).toBeNull();
    expect(sniffImage(Buffer.from([0x89, 0x50]))).toBeNull();
    expect(sniffImage(Buffer.alloc(0))).toBeNull();
  });
});

describe('responsive sources', () => {
  it('makes the steps below the original and the original, capped at the widest', () => {
    expect(renditionWidths(1000)).toEqual([320, 640, 960, 1000]);
    expect(renditionWidths(4000)).toEqual([320, 640, 960, 1280, 1600]);
    expect(renditionWidths(200)).toEqual([200]);
  });

  it('derives AVIF, WebP and JPEG srcsets from an uploaded image src alone', () => {
    const sources = pictureSources({ src: '/media/u/0123456789abcdef01234567-1000.jpg' })!;
    expect(sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp', 'image/jpeg']);
    expect(sources[0]!.srcset).toBe(
      '/media/u/0123456789abcdef01234567-320.avif 320w, /media/u/0123456789abcdef01234567-640.avif 640w, /media/u/0123456789abcdef01234567-960.avif 960w, /media/u/0123456789abcdef01234567-1000.avif 1000w',
    );
    expect(pictureSources({ src: 'https://example.org/photo.jpg' })).toBeNull();
    expect(pictureSources({ src: null })).toBeNull();
  });
});
