/**
 * A JSX factory that renders straight to an HTML string and escapes by default.
 *
 * Every string child and attribute value is escaped; only a `Raw` value (the output of
 * another element, or of `raw()` for markup we produced ourselves such as JSON-LD) passes
 * through unchanged. Rendering is eager string concatenation: no virtual DOM, so a page
 * costs a few hundred microseconds.
 */
import { randomBytes } from 'node:crypto';

/** Markup that is already safe to emit. */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** What may appear as a child. */
export type Child = string | number | boolean | null | undefined | Raw | readonly Child[];

/** A component: props in, markup out. */
export type Component<P = Record<string, unknown>> = (props: P & { children?: Child }) => Raw;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ESCAPE_RE = /[&<>"']/g;
// A separate non-global pattern for the quick check: a /g regex's test() keeps lastIndex
// between calls and would skip characters of the next string.
const NEEDS_ESCAPE_RE = /[&<>"']/;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE_RE.test(text) ? text.replace(ESCAPE_RE, (c) => ESCAPES[c]!) : text;
}

/**
 * Markup we rendered earlier and hold as UTF-8 bytes (an article's stored parts). It renders
 * as a placeholder that `renderBytes` swaps for the bytes, so the bytes are never decoded to
 * a string and encoded again. The placeholder holds a per-process random key and NUL
 * characters, which no text we render contains.
 */
export class RawBytes extends Raw {
  constructor(
    readonly bytes: Buffer,
    key: string,
  ) {
    super(key);
  }
}

const BYTES_KEY = `\u0000${randomBytes(8).toString('hex')}:`;
let bytesCount = 0;

/** Markup held as bytes; give it to `renderBytes` along with the page it appears in. */
export function rawBytes(bytes: Buffer): RawBytes {
  return new RawBytes(bytes, `${BYTES_KEY}${(bytesCount = (bytesCount + 1) % 1e9)}\u0000`);
}

/** Renders to UTF-8 bytes, putting back the byte pieces that appear in the markup. */
export function renderBytes(child: Child, pieces: readonly RawBytes[]): Buffer {
  let html = renderChild(child);
  if (pieces.length === 0) return Buffer.from(html);
  const out: Buffer[] = [];
  for (const piece of pieces) {
    const at = html.indexOf(piece.html);
    if (at < 0) continue;
    out.push(Buffer.from(html.slice(0, at)), piece.bytes);
    html = html.slice(at + piece.html.length);
  }
  out.push(Buffer.from(html));
  return Buffer.concat(out);
}

/** Marks markup we built ourselves as safe. Never pass user input here. */
export function raw(html: string): Raw {
  return new Raw(html);
}

// Elements that have no closing tag.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function renderChild(child: Child): string {
  if (child === null || child === undefined || child === false || child === true) return '';
  if (typeof child === 'string') return escapeHtml(child);
  if (typeof child === 'number') return String(child);
  if (child instanceof Raw) return child.html;
  let out = '';
  for (const c of child) out += renderChild(c);
  return out;
}

function renderAttributes(props: Record<string, unknown>): string {
  let out = '';
  for (const key in props) {
    if (key === 'children') continue;
    const value = props[key];
    if (value === null || value === undefined || value === false) continue;
    const name = key === 'className' ? 'class' : key === 'htmlFor' ? 'for' : key;
    if (value === true) out += ` ${name}`;
    else out += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/** The JSX factory (tsconfig `jsxFactory: "h"`). */
export function h(tag: string | Component<any>, props: Record<string, unknown> | null, ...children: Child[]): Raw {
  if (typeof tag === 'function') {
    return tag({ ...(props ?? {}), children: children.length === 1 ? children[0] : children });
  }
  const attrs = props ? renderAttributes(props) : '';
  if (VOID.has(tag)) return new Raw(`<${tag}${attrs}>`);
  return new Raw(`<${tag}${attrs}>${renderChild(children)}</${tag}>`);
}

/** The JSX fragment (`<>…</>`). */
export function Fragment(props: { children?: Child }): Raw {
  return new Raw(renderChild(props.children));
}

/** Renders any child to a string (for a whole document, prefix the doctype yourself). */
export function render(child: Child): string {
  return renderChild(child);
}

type Attr = string | number | boolean | null | undefined;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    type Element = Raw;
    interface ElementChildrenAttribute {
      children: unknown;
    }
    interface IntrinsicElements {
      [tag: string]: { [attr: string]: Attr | Child; children?: Child };
    }
  }
}
