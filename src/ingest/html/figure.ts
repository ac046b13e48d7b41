/**
 * Figures to blocks: a `<figure>` (or a captioned image outside one: WordPress's
 * `.wp-caption`, an old page's table with a caption cell) becomes an image block with the
 * credit split off, or a video block when it holds a player.
 */
import type { Block } from '../../article/blocks.js';
import { CAPTION_CLASS_RE, CREDIT_CLASS_RE, CREDIT_TAGS } from './credit-rules.js';
import { joinCreditElement, splitCredit, type CaptionCredit } from './credit.js';
import { blockText, attr, elementsUnder, walkElements, type DomElement } from './dom.js';
import { cleanText } from './text.js';
import { dimension, mediaSrc, resolveUrl } from './urls.js';
import { isVideoSrc } from './video-rules.js';

/** An image block as the converter emits it. */
export type ImageBlockOut = Extract<Block, { type: 'image' }>;
/** A video block as the converter emits it. */
export type VideoBlockOut = Extract<Block, { type: 'video' }>;

// Images this small are icons, spacers or tracking pixels.
const MIN_IMAGE_SIDE = 48;
// A "captioned image" container holds at most this much text besides the image.
const MAX_CAPTION_CHARS = 600;

function isCaption(el: DomElement): boolean {
  return el.localName === 'figcaption' || CAPTION_CLASS_RE.test(attr(el, 'class') ?? '');
}

function isCreditElement(el: DomElement): boolean {
  return CREDIT_TAGS.has(el.localName) || CREDIT_CLASS_RE.test(attr(el, 'class') ?? '');
}

/** Caption and credit from a caption element, using a credit element inside it when there is one. */
export function captionOf(captionEl: DomElement | null, fallbackText = ''): CaptionCredit {
  if (!captionEl) return splitCredit(fallbackText);
  const text = cleanText(blockText(captionEl));
  const creditEl = elementsUnder(captionEl).find(isCreditElement);
  if (creditEl) {
    const r = joinCreditElement(text, blockText(creditEl));
    if (r.credit) return r;
  }
  return splitCredit(text);
}

/** AMP players that name their video by id rather than by address. */
const AMP_PLAYERS: Readonly<Record<string, (id: string) => string>> = {
  'amp-youtube': (id) => `https://www.youtube.com/embed/${id}`,
  'amp-vimeo': (id) => `https://player.vimeo.com/video/${id}`,
  'amp-dailymotion': (id) => `https://www.dailymotion.com/embed/video/${id}`,
};

function videoFrom(media: DomElement, base: string | null): { src: string | null; poster: string | null } | null {
  const amp = AMP_PLAYERS[media.localName];
  if (amp) {
    const id = media.getAttribute('data-videoid');
    return { src: id ? amp(encodeURIComponent(id)) : null, poster: resolveUrl(media.getAttribute('poster'), base) };
  }
  if (media.localName === 'video' || media.localName === 'amp-video') {
    const source = media.querySelector('source');
    return { src: mediaSrc(media, base) ?? (source ? mediaSrc(source, base) : null), poster: resolveUrl(media.getAttribute('poster'), base) };
  }
  const src = media.getAttribute('src') ?? media.getAttribute('data-src') ?? media.getAttribute('data');
  return isVideoSrc(src) ? { src: resolveUrl(src, base), poster: null } : null;
}

const MEDIA_TAGS = new Set(['img', 'video', 'iframe', 'embed', 'object', 'amp-img', 'amp-video', 'amp-youtube', 'amp-vimeo', 'amp-dailymotion', 'source']);
const SELF_MEDIA_TAGS = new Set(['img', 'video', 'iframe', 'amp-img', 'amp-video', 'amp-youtube', 'amp-vimeo', 'amp-dailymotion']);

/** A figure-like element as an image or video block; null when it holds no usable media. */
export function figureToBlock(el: DomElement, base: string | null): ImageBlockOut | VideoBlockOut | null {
  const inside = elementsUnder(el);
  const media = SELF_MEDIA_TAGS.has(el.localName) ? el : inside.find((d) => MEDIA_TAGS.has(d.localName) && d.localName !== 'source');
  if (!media) return null;
  const captionEl = inside.find(isCaption) ?? null;
  // Without a caption element, the figure's own text (minus nothing else) is the caption.
  const { caption, credit } = captionOf(captionEl, el === media ? '' : cleanText(blockText(el)));
  const video = videoFrom(media, base);
  if (video) return { type: 'video', src: video.src, poster: video.poster, caption, credit };
  if (media.localName === 'iframe' || media.localName === 'embed' || media.localName === 'object') return null;
  const w = dimension(media, 'width');
  const h = dimension(media, 'height');
  if ((w !== undefined && w < MIN_IMAGE_SIDE) || (h !== undefined && h < MIN_IMAGE_SIDE)) return null;
  const src = mediaSrc(media, base);
  if (!src && !caption) return null;
  const alt = cleanText(media.getAttribute('alt'));
  const block: ImageBlockOut = { type: 'image', src, alt, caption, credit };
  if (w !== undefined) block.width = w;
  if (h !== undefined) block.height = h;
  return block;
}

// A captioned image is a small subtree; bigger ones are not looked into (this check runs on
// every container, and must stay cheap on deep pages).
const MAX_CAPTIONED_IMAGE_ELEMENTS = 24;
/** A container holding any of these is more than one captioned image. */
const NOT_IN_CAPTIONED_IMAGE = new Set(['figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'video', 'iframe']);

/**
 * Whether a non-figure element is a captioned image: exactly one image, a little text,
 * and no paragraph of prose (a wrapper around the whole article also holds one image).
 */
export function isCaptionedImage(el: DomElement): boolean {
  let images = 0;
  let seen = 0;
  let ok = true;
  walkElements(el, (d) => {
    const tag = d.localName;
    if (++seen > MAX_CAPTIONED_IMAGE_ELEMENTS || NOT_IN_CAPTIONED_IMAGE.has(tag)) ok = false;
    else if (tag === 'img' && ++images > 1) ok = false;
    // Readability wraps a lone image in a <p>: only a <p> with words of its own is prose.
    else if (tag === 'p' && !isCaption(d) && (d.textContent ?? '').trim()) ok = false;
    return ok ? 'enter' : 'stop';
  });
  if (!ok || images !== 1) return false;
  const text = cleanText(blockText(el));
  return text.length > 0 && text.length <= MAX_CAPTION_CHARS;
}
