import type { FeedImage } from './entry.js';
import { el, type XmlElement } from './xml.js';

/** The Media RSS namespace (used in RSS and Atom alike). */
export const MEDIA_NS = 'http://search.yahoo.com/mrss/';

/**
 * `<media:content>` for a photo: url, medium, type and size when known, with the caption as
 * `<media:description>` and the photo credit as `<media:credit>`.
 */
export function mediaContent(image: FeedImage): XmlElement {
  return el(
    'media:content',
    { url: image.url, medium: 'image', type: image.type, width: image.width, height: image.height },
    image.caption ? el('media:description', { type: 'plain' }, image.caption) : null,
    image.credit ? el('media:credit', {}, image.credit) : null,
  );
}
