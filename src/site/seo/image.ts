import type { Article, ArticleSummary, Image } from '../../article/index.js';
import type { JsonLd } from './json-ld.js';
import { absoluteUrl } from './urls.js';

/** A photo that has a file: the only kind worth naming to crawlers and cards. */
export type ImageWithFile = Image & { src: string };

/**
 * The photo that stands for an article: the lead photo, else (when the body is at hand)
 * the first photo of the body that has a file.
 */
export function primaryImage(a: ArticleSummary | Article): ImageWithFile | null {
  if (a.leadImage?.src) return a.leadImage as ImageWithFile;
  if ('body' in a) {
    for (const b of a.body) if (b.type === 'image' && b.src) return { ...b, src: b.src };
  }
  return null;
}

/** A schema.org ImageObject with caption and credit (`creditText`), and its size when known. */
export function imageObjectLd(siteUrl: string, image: ImageWithFile): JsonLd {
  const url = absoluteUrl(siteUrl, image.src);
  return {
    '@type': 'ImageObject',
    url,
    contentUrl: url,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { creditText: image.credit } : {}),
    ...(image.width ? { width: image.width } : {}),
    ...(image.height ? { height: image.height } : {}),
  };
}
