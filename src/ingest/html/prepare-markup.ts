/**
 * Markup fixes done on the string before the DOM parser sees it. linkedom builds exactly
 * the tree the tags describe, without HTML5's error recovery, so a page with text before
 * `<html>`, no `<body>`, or content after `</html>` would lose text. Here every page gets
 * the shape `<html><head>…</head><body>…</body></html>`. Scripts (but not JSON-LD), styles,
 * inline SVG, templates and comments are cut out first: they are never article text, and
 * a smaller tree makes every later pass faster.
 *
 * White space next to block-level tags is dropped too: it renders as nothing, yet in
 * pretty-printed pages it is four text nodes in ten, and each DOM node costs linkedom an
 * allocation the garbage collector must trace. (Text is later read block-aware, so words
 * on either side of a block boundary never glue together.)
 *
 * All scans are linear (indexOf from the last position, bounded tag patterns): hostile input
 * with thousands of unclosed `<script` must not turn this into a quadratic loop; markup
 * nested thousands deep is refused (prepareMarkup). Only ASCII is looked at, so the input
 * may be a page's bytes read as Latin-1 (see page-markup.ts).
 */
import { ImportError } from '../types.js';

/** Elements whose whole content is dropped before parsing. */
const DROPPED_CONTAINERS = ['script', 'style', 'svg', 'template'] as const;
/** Attribute text longer than this inside an opening tag is not a real tag. */
const MAX_TAG_CHARS = 4000;

const OPEN_TAG_RE = new RegExp(`<(${DROPPED_CONTAINERS.join('|')})\\b([^>]{0,${MAX_TAG_CHARS}})>`, 'gi');
const JSON_LD_RE = /type\s*=\s*["']?application\/ld\+json/i;
/** The close tag of each dropped container. */
const CLOSE_TAG_RE = Object.fromEntries(DROPPED_CONTAINERS.map((n) => [n, new RegExp(`</${n}\\s*>`, 'gi')])) as Record<(typeof DROPPED_CONTAINERS)[number], RegExp>;

/** The line breaks of a removed chunk, kept so that line numbers still match the source. */
const newlinesOf = (chunk: string) => chunk.replace(/[^\n]+/g, '');

/** Removes comments and dropped containers (keeping JSON-LD scripts and line breaks). */
export function stripNonContent(html: string): string {
  // Pieces are joined once at the end: `+=` would leave a rope of hundreds of pieces, and
  // every later scan reads a rope's characters several times slower than a flat string.
  const out: string[] = [];
  let pos = 0;
  // Both "next" positions are cached and only searched again once passed, so the whole
  // scan reads the input a bounded number of times however the two kinds interleave.
  let comment = html.indexOf('<!--');
  let open = nextOpenTag(html, 0);
  for (;;) {
    if (comment !== -1 && comment < pos) comment = html.indexOf('<!--', pos);
    if (open && open.index < pos) open = nextOpenTag(html, pos);
    if (comment !== -1 && (!open || comment < open.index)) {
      const end = html.indexOf('-->', comment + 4);
      out.push(html.slice(pos, comment));
      if (end === -1) return out.join(''); // an unclosed comment hides the rest of the page from browsers too
      out.push(newlinesOf(html.slice(comment, end)));
      pos = end + 3;
      continue;
    }
    if (!open) break;
    const name = (open[1] ?? '').toLowerCase();
    const closeRe = CLOSE_TAG_RE[name as (typeof DROPPED_CONTAINERS)[number]];
    closeRe.lastIndex = open.index + open[0].length;
    const close = closeRe.exec(html);
    if (!close) break; // unclosed: leave the rest to the parser rather than guess
    const keep = name === 'script' && JSON_LD_RE.test(open[2] ?? '');
    if (keep) out.push(html.slice(pos, closeRe.lastIndex));
    else out.push(html.slice(pos, open.index), newlinesOf(html.slice(open.index, closeRe.lastIndex)));
    pos = closeRe.lastIndex;
  }
  out.push(html.slice(pos));
  return out.join('');
}

function nextOpenTag(html: string, from: number): RegExpExecArray | null {
  OPEN_TAG_RE.lastIndex = from;
  return OPEN_TAG_RE.exec(html);
}

const BODY_OPEN_RE = new RegExp(`<body\\b[^>]{0,${MAX_TAG_CHARS}}>`, 'i');
const HEAD_CLOSE_RE = /<\/head\s*>/i;
const HTML_OPEN_RE = new RegExp(`<html\\b([^>]{0,${MAX_TAG_CHARS}})>`, 'i');
const HEAD_FRAME_TAGS_RE = new RegExp(`<!doctype[^>]{0,${MAX_TAG_CHARS}}>|</?(?:html|head|body)\\b[^>]{0,${MAX_TAG_CHARS}}>`, 'gi');
// In the body only the closing tags matter (they would end the body early); a stray
// opening <html> or <body> inside it is a harmless element.
const BODY_CLOSE_TAGS_RE = /<\/(?:body|html)\s*>/gi;
const KEPT_HTML_ATTRS_RE = /\b(lang|dir)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

/** Puts the markup into one html/head/body frame, keeping the root's `lang` and `dir`. */
export function frameDocument(html: string): string {
  const htmlAttrs = HTML_OPEN_RE.exec(html)?.[1] ?? '';
  const attrs = [...htmlAttrs.matchAll(KEPT_HTML_ATTRS_RE)].map((m) => ` ${m[1]!.toLowerCase()}=${m[2]}`).join('');
  const bodyOpen = BODY_OPEN_RE.exec(html);
  let head = '';
  let body = html;
  if (bodyOpen) {
    head = html.slice(0, bodyOpen.index);
    body = html.slice(bodyOpen.index + bodyOpen[0].length);
  } else {
    const headClose = HEAD_CLOSE_RE.exec(html);
    if (headClose) {
      head = html.slice(0, headClose.index);
      body = html.slice(headClose.index + headClose[0].length);
    }
  }
  // One join makes the result, a flat string (see stripNonContent); the body is not copied on the way.
  const parts = ['<!DOCTYPE html><html', attrs, '><head>', head.replace(HEAD_FRAME_TAGS_RE, ''), '</head><body>'];
  pushWithout(parts, body, bodyOpen ? BODY_CLOSE_TAGS_RE : HEAD_FRAME_TAGS_RE);
  parts.push('</body></html>');
  return parts.join('');
}

/** Pushes the pieces of `text` between the matches of a global pattern (the text without them). */
function pushWithout(parts: string[], text: string, re: RegExp): void {
  let at = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    parts.push(text.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  parts.push(text.slice(at));
}

/** Block-level tags around which white space is insignificant (inline tags are not listed: there it separates words). */
const BLOCK_TAGS = [
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li',
  'link', 'main', 'meta', 'nav', 'ol', 'p', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
];

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Lower-case names grouped by length, to match a tag name where it stands in the markup. */
type NameTable = ReadonlyArray<readonly string[] | undefined>;

function byLength(names: readonly string[]): NameTable {
  const table: string[][] = [];
  for (const n of names) (table[n.length] ??= []).push(n);
  return table;
}

/**
 * Whether html[start, end) is one of the names, in any case. Read in place: these scans look
 * at every tag of the page, and cutting out and lower-casing each name was most of their cost.
 * (Names hold only ASCII letters and digits, where setting bit 0x20 lower-cases a letter.)
 */
function isNameIn(html: string, start: number, end: number, table: NameTable): boolean {
  const candidates = table[end - start];
  if (!candidates) return false;
  next: for (const name of candidates) {
    for (let k = 0; k < name.length; k++) if ((html.charCodeAt(start + k) | 0x20) !== name.charCodeAt(k)) continue next;
    return true;
  }
  return false;
}

const BLOCK_NAMES = byLength(BLOCK_TAGS);

/**
 * The first `>` at or after positions that only grow: one indexOf per `>` rather than one
 * per tag, so thousands of unclosed tags stay linear.
 */
function closingBrackets(html: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = html.indexOf('>', from);
    return found;
  };
}

/** Drops white space on both sides of block-level tags (one linear scan over the tags). */
export function collapseBlockWhitespace(html: string): string {
  const parts: string[] = [];
  const gtFrom = closingBrackets(html);
  let kept = 0; // html[kept..] has not been copied yet
  let lt = html.indexOf('<');
  while (lt !== -1) {
    let nameStart = lt + 1;
    if (html.charCodeAt(nameStart) === 47 /* / */) nameStart++;
    let nameEnd = nameStart;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const gt = nameEnd > nameStart ? gtFrom(nameEnd) : -1;
    const next = html.indexOf('<', lt + 1);
    // A tag with no white space on either side changes nothing, block or not (when no "<"
    // inside it would be read differently), so its name need not be looked at.
    const spaced = gt !== -1 && ((lt > kept && isSpace(html.charCodeAt(lt - 1))) || isSpace(html.charCodeAt(gt + 1)));
    if (gt === -1 || (!spaced && (next === -1 || next > gt)) || !isNameIn(html, nameStart, nameEnd, BLOCK_NAMES)) {
      lt = next;
      continue;
    }
    let before = lt;
    while (before > kept && isSpace(html.charCodeAt(before - 1))) before--;
    parts.push(html.slice(kept, before), html.slice(lt, gt + 1));
    kept = gt + 1;
    while (kept < html.length && isSpace(html.charCodeAt(kept))) kept++;
    lt = html.indexOf('<', kept);
  }
  parts.push(html.slice(kept));
  return parts.join('');
}

/** Elements without content, and elements the parser closes by itself when a sibling opens: neither deepens the tree. */
const NO_DEPTH_NAMES = byLength([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot',
]);

/**
 * How deep the markup nests, estimated from its tags in one linear scan (an upper bound:
 * unclosed inline tags count as open). Used to refuse hostile pages before the DOM parser,
 * whose cost grows faster than linearly with depth, sees them.
 */
export function estimateDepth(html: string): { depth: number; at: number } {
  const gtFrom = closingBrackets(html);
  let depth = 0;
  let max = 0;
  let at = 0;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    const closing = html.charCodeAt(lt + 1) === 47; /* / */
    let end = lt + (closing ? 2 : 1);
    const start = end;
    while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
    if (end === start || isNameIn(html, start, end, NO_DEPTH_NAMES)) continue;
    if (closing) {
      if (depth > 0) depth--;
      continue;
    }
    const gt = gtFrom(end);
    if (gt !== -1 && html.charCodeAt(gt - 1) === 47) continue; // self-closing
    if (++depth > max) {
      max = depth;
      at = lt;
    }
  }
  return { depth: max, at };
}

/**
 * Markup nested deeper than this is refused before parsing: real pages stay under a few
 * hundred levels, and the DOM parser slows down sharply with depth (50,000 levels take
 * seconds), so only hostile input gets here.
 */
export const MAX_MARKUP_DEPTH = 5000;

/** Line (1-based) of a character offset (stripping keeps line breaks, so it is the source's line). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Markup stripped of non-content and framed, as the parsers get it; throws ImportError on hostile nesting. */
export function prepareMarkup(markup: string): string {
  const stripped = stripNonContent(markup);
  const { depth, at } = estimateDepth(stripped);
  if (depth > MAX_MARKUP_DEPTH) {
    const tag = /^<[^\s>]{1,40}/.exec(stripped.slice(at, at + 42))?.[0]?.slice(1) ?? 'element';
    throw new ImportError(`markup nests more than ${MAX_MARKUP_DEPTH} elements deep`, { line: lineOf(stripped, at), element: tag });
  }
  return frameDocument(collapseBlockWhitespace(stripped));
}
