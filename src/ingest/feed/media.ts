/**
 * Media attached to feed items: Media RSS (`media:content`, `media:group`, `media:thumbnail`,
 * with `media:description`/`media:title` and `media:credit`) and RSS enclosures. Whether a
 * file is a photo or a video comes from `medium`, then the MIME type, then the address.
 */
import { isVideoSrc } from '../html/video-rules.js';
import type { FeedMedia } from './entry.js';
import { attrOf, child, list, rawHtml, textOf } from './values.js';

const IMAGE_EXT_RE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function kindOf(medium: string | null, type: string | null, url: string): FeedMedia['kind'] | null {
  const m = (medium ?? '').toLowerCase();
  if (m === 'image' || m === 'video') return m;
  const t = (type ?? '').toLowerCase();
  if (t.startsWith('image/')) return 'image';
  if (t.startsWith('video/') || t === 'application/x-mpegurl') return 'video';
  if (IMAGE_EXT_RE.test(url)) return 'image';
  return isVideoSrc(url) ? 'video' : null;
}

const dim = (v: string | null) => {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isInteger(n) && n > 0 && n <= 20000 ? n : undefined;
};

/** Text of a raw media text element (entities and CDATA decoded, tags left for the caller to clean). */
const mediaText = (node: unknown, name: string) => rawHtml(textOf(child(node, name)));

function fromMediaContent(node: unknown, group: unknown): FeedMedia | null {
  const url = attrOf(node, 'url');
  if (!url) return null;
  const kind = kindOf(attrOf(node, 'medium'), attrOf(node, 'type'), url);
  if (!kind) return null;
  // Texts may sit on the content or on its group.
  const caption = mediaText(node, 'media:description') || mediaText(group, 'media:description') || mediaText(node, 'media:title') || mediaText(group, 'media:title');
  const credit = textOf(child(node, 'media:credit')) || textOf(child(group, 'media:credit')) || null;
  const m: FeedMedia = { kind, src: url, caption, credit };
  const width = dim(attrOf(node, 'width'));
  const height = dim(attrOf(node, 'height'));
  if (width) m.width = width;
  if (height) m.height = height;
  return m;
}

/** All media of an item, in a stable order: media:content (also inside groups), thumbnails, enclosures. */
export function mediaOf(item: unknown): FeedMedia[] {
  const out: FeedMedia[] = [];
  for (const c of list(child(item, 'media:content'))) {
    const m = fromMediaContent(c, item);
    if (m) out.push(m);
  }
  for (const g of list(child(item, 'media:group'))) {
    for (const c of list(child(g, 'media:content'))) {
      const m = fromMediaContent(c, g);
      if (m) out.push(m);
    }
  }
  for (const t of list(child(item, 'media:thumbnail'))) {
    const url = attrOf(t, 'url');
    if (url) out.push({ kind: 'image', src: url, caption: mediaText(item, 'media:description'), credit: textOf(child(item, 'media:credit')) || null });
  }
  for (const e of list(child(item, 'enclosure'))) {
    const url = attrOf(e, 'url');
    const kind = url ? kindOf(null, attrOf(e, 'type'), url) : null;
    if (url && kind) out.push({ kind, src: url, caption: '', credit: null });
  }
  return out;
}
