/**
 * The DOM→blocks converter, shared by HTML pages (after readability) and feeds
 * (`content:encoded`). One iterative walk; inline text collects in a buffer that every
 * block boundary flushes into a paragraph. Rules:
 * - `<br>` and `<hr>` end a paragraph (CMSes separate paragraphs with them);
 * - `h1`–`h6` become subheadings, and so does a short paragraph that is all bold
 *   (`<p><strong>…</strong></p>`) unless it ends like a sentence;
 * - `<figure>` and captioned images become image blocks, players become video blocks;
 * - `<blockquote>` becomes a quote block with its `<cite>`/`<footer>` as the cite; a long
 *   one (a quoted document) stays paragraphs; social-media embeds are dropped;
 * - list items and table cells are paragraphs of their own.
 */
import type { Block } from '../../article/blocks.js';
import { blockText, attr, isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { figureToBlock, isCaptionedImage } from './figure.js';
import { cleanText } from './text.js';

/** What the converter needs to know about the page. */
export interface ConvertOptions {
  /** The page's address, to make media addresses absolute. */
  baseUrl: string | null;
}

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'button', 'input', 'select', 'textarea', 'option',
  'label', 'head', 'title', 'meta', 'link', 'map', 'area', 'audio', 'track', 'param', 'source',
]);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th', 'caption', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'address', 'center', 'form', 'fieldset',
  'details', 'summary', 'body', 'html', 'figcaption', 'hgroup', 'legend', 'blockquote',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'iframe', 'embed', 'object', 'amp-img', 'amp-video', 'amp-youtube', 'amp-vimeo', 'amp-dailymotion']);
const BOLD_TAGS = new Set(['strong', 'b']);
/** Containers worth testing as a captioned image (a div around an img and its caption). */
const CAPTION_CONTAINERS = new Set(['div', 'table', 'center']);

/** Embeds of social-media posts: the post is not the article's own text. */
const SOCIAL_EMBED_RE = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video|reddit-card|bluesky-embed)(?:\s|$)/;

const MAX_SUBHEADING_CHARS = 300;
const MAX_BOLD_HEADING_CHARS = 120;
const MAX_QUOTE_CHARS = 1000;
// A bold line ending like a sentence (or introducing a list with a colon) is prose, not a heading.
const SENTENCE_END_RE = /[.!:،؛…]$/u;

function onlyBoldChild(p: DomElement): DomElement | null {
  let bold: DomElement | null = null;
  for (let c = p.firstChild; c; c = c.nextSibling) {
    if (isElement(c)) {
      if (bold || !BOLD_TAGS.has(c.localName)) return null;
      bold = c;
    } else if (c.nodeType === TEXT_NODE && (c.textContent ?? '').trim()) return null;
  }
  return bold;
}

function quoteOf(el: DomElement): Block | null {
  let cite: string | null = null;
  let text = cleanText(blockText(el));
  for (const c of el.querySelectorAll('cite, footer')) {
    const t = cleanText(blockText(c));
    if (!t) continue;
    cite = t.replace(/^[-–—\s]+/u, '') || null;
    const at = text.lastIndexOf(t);
    if (at >= 0) text = cleanText(text.slice(0, at) + text.slice(at + t.length));
    break;
  }
  return text ? { type: 'quote', text, cite } : null;
}

/** Converts the elements under `root` to body blocks, in document order. */
export function domToBlocks(root: DomElement, options: ConvertOptions): Block[] {
  const blocks: Block[] = [];
  let buffer: string[] = [];
  const flush = () => {
    if (!buffer.length) return;
    const text = cleanText(buffer.join(''));
    buffer = [];
    if (text) blocks.push({ type: 'paragraph', text });
  };
  const push = (b: Block | null) => {
    flush();
    if (b) blocks.push(b);
  };

  /** Returns true to walk into the element, false when it was handled whole. */
  const enter = (el: DomElement): boolean => {
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) return false;
    if (tag === 'br' || tag === 'hr') {
      flush();
      return false;
    }
    if (HEADING_TAGS.has(tag)) {
      const text = cleanText(blockText(el));
      if (text) push(text.length <= MAX_SUBHEADING_CHARS ? { type: 'subheading', text } : { type: 'paragraph', text });
      return false;
    }
    if (tag === 'figure' || MEDIA_TAGS.has(tag)) {
      push(figureToBlock(el, options.baseUrl));
      return false;
    }
    if (tag === 'blockquote') {
      if (SOCIAL_EMBED_RE.test(attr(el, 'class') ?? '')) return false;
      if ((el.textContent ?? '').length <= MAX_QUOTE_CHARS * 1.2) {
        const q = quoteOf(el);
        if (q && q.type === 'quote' && q.text.length <= MAX_QUOTE_CHARS) {
          push(q);
          return false;
        }
      }
      flush();
      return true;
    }
    if (tag === 'p') {
      const bold = onlyBoldChild(el);
      const text = bold ? cleanText(blockText(bold)) : '';
      if (text && text.length <= MAX_BOLD_HEADING_CHARS && !SENTENCE_END_RE.test(text)) {
        push({ type: 'subheading', text });
        return false;
      }
    }
    if (CAPTION_CONTAINERS.has(tag) && isCaptionedImage(el)) {
      push(figureToBlock(el, options.baseUrl));
      return false;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    return true;
  };
  const exit = (el: DomElement) => {
    if (BLOCK_TAGS.has(el.localName)) flush();
  };

  let node: DomNode | null = root.firstChild;
  while (node) {
    if (isElement(node)) {
      if (enter(node)) {
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        exit(node);
      }
    } else if (node.nodeType === TEXT_NODE) {
      buffer.push(node.textContent ?? '');
    }
    // Advance: the next sibling, or climb, closing each element left behind.
    let next: DomNode | null = null;
    for (let cur: DomNode | null = node; cur && cur !== root; ) {
      if (cur.nextSibling) {
        next = cur.nextSibling;
        break;
      }
      cur = cur.parentNode;
      if (cur && cur !== root && isElement(cur)) exit(cur);
    }
    node = next;
  }
  flush();
  return blocks;
}
