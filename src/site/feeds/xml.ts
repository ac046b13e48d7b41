/**
 * A tiny XML writer for feeds and sitemaps. The `feed` package could not be used for them:
 * it has no way to declare extra namespaces on the root (so `media:*` and `dc:*` elements
 * would be unbound prefixes, i.e. not namespace-well-formed XML), it writes `<author>` where
 * RSS wants an email, derives image types from file extensions (`image/svg`, `image/jpg`),
 * and marks guids as non-permalinks whenever an id is given. Writing the elements ourselves is
 * less code than working around that, and every string passes through one escaping path here.
 */

/** Attribute values; null and undefined leave the attribute out. */
export type XmlAttrs = Readonly<Record<string, string | number | null | undefined>>;

/** An element, or text; null, undefined and false are skipped so optional parts read naturally. */
export type XmlChild = XmlElement | string | null | undefined | false;

/** An element with its attributes and children. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: XmlAttrs;
  readonly children: readonly XmlChild[];
}

/** Builds an element; arrays of children are flattened. */
export function el(name: string, attrs: XmlAttrs = {}, ...children: Array<XmlChild | readonly XmlChild[]>): XmlElement {
  return { name, attrs, children: children.flat() };
}

// Code points XML 1.0 forbids anywhere (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
// a document holding one is not well-formed, so they are dropped rather than escaped.
const INVALID_XML_RE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// In attributes quotes end the value, and tabs/newlines would be normalised to spaces by parsers.
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Escapes character data. */
export function escapeXmlText(text: string): string {
  return text.replace(INVALID_XML_RE, '').replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes a double-quoted attribute value. */
export function escapeXmlAttr(value: string): string {
  return value.replace(INVALID_XML_RE, '').replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

function isElement(c: XmlChild): c is XmlElement {
  return typeof c === 'object' && c !== null;
}

function renderAttrs(attrs: XmlAttrs): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) out += ` ${k}="${escapeXmlAttr(String(v))}"`;
  return out;
}

/** Renders an element; children that are all elements go one per indented line, text stays inline. */
function renderElement(e: XmlElement, depth: number): string {
  const kids = e.children.filter((c): c is XmlElement | string => c !== null && c !== undefined && c !== false);
  const open = `<${e.name}${renderAttrs(e.attrs)}`;
  if (kids.length === 0) return `${open}/>`;
  if (kids.every(isElement)) {
    const pad = '\n' + '  '.repeat(depth + 1);
    return `${open}>${kids.map((k) => pad + renderElement(k, depth + 1)).join('')}\n${'  '.repeat(depth)}</${e.name}>`;
  }
  return `${open}>${kids.map((k) => (isElement(k) ? renderElement(k, depth + 1) : escapeXmlText(k))).join('')}</${e.name}>`;
}

/** A whole UTF-8 XML document. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, 0)}\n`;
}
