/**
 * Feed XML to a plain object tree, tolerant where real feeds are sloppy and strict where
 * the file is broken. Item bodies (`content:encoded`, `description`, Atom `content` and
 * `summary`) are kept as raw text (stop nodes): they are HTML, often not well-formed XML,
 * and are converted later by the HTML block converter. Then:
 * - well-formed XML is read as is;
 * - bare `&` (the commonest defect) is escaped, with a warning giving its line;
 * - errors only inside item bodies (unclosed `<br>`) are accepted, with a warning;
 * - anything else (truncation, unclosed elements, junk) is an ImportError naming the line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError, type ImportWarning } from '../types.js';

/** A parsed XML tree: objects keyed by element name (`@_` for attributes, `#text` for text). */
export type XmlNode = Record<string, unknown>;

/** Elements whose content is kept raw for the HTML converter. */
export const RAW_ELEMENTS = ['content:encoded', 'description', 'content', 'summary', 'media:description', 'media:title', 'title'];
/** Elements that may repeat and are always read as lists. */
const LIST_ELEMENTS = new Set(['item', 'entry', 'category', 'link', 'enclosure', 'media:content', 'media:thumbnail', 'media:group', 'author', 'dc:creator', 'dc:subject', 'atom:link']);

// Feeds nest a few levels deep; item bodies are raw text and do not count.
const MAX_NESTED_TAGS = 64;

const BARE_AMPERSAND_RE = /&(?!(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});)/g;
const RAW_OPEN_RE = new RegExp(`<(${RAW_ELEMENTS.join('|')})(?:\\s[^>]{0,2000})?>`, 'g');

/** A function from character offset to 1-based line (line starts computed once, then binary search). */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * The markup with item bodies emptied but their line breaks kept, so line numbers still
 * match. A linear scan: an unclosed body ends it (the validator will then report that).
 */
function skeleton(xml: string): string {
  const out: string[] = [];
  let pos = 0;
  RAW_OPEN_RE.lastIndex = 0;
  for (let m = RAW_OPEN_RE.exec(xml); m; m = RAW_OPEN_RE.exec(xml)) {
    const bodyStart = m.index + m[0].length;
    const close = xml.indexOf(`</${m[1]}`, bodyStart);
    if (close === -1) break;
    out.push(xml.slice(pos, bodyStart), xml.slice(bodyStart, close).replace(/[^\n]/g, ''));
    pos = close;
    RAW_OPEN_RE.lastIndex = close;
  }
  out.push(xml.slice(pos));
  return out.join('');
}

// The validator reports elements still open at the end of input by listing them, at the
// line where the first one opened; the useful place is the end of the file.
const STILL_OPEN_RE = /^Invalid '\[([\s\S]*)\]' found\.?$|^Unclosed tag '([^']+)'/;

function validationError(xml: string): { line: number; message: string } | null {
  try {
    const r = XMLValidator.validate(xml, { allowBooleanAttributes: true });
    if (r === true) return null;
    const open = STILL_OPEN_RE.exec(r.err.msg);
    if (open) {
      const names = open[1] ? [...open[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [open[2]!];
      const last = names[names.length - 1];
      return { line: xml.trimEnd().split('\n').length, message: `the file ends with <${last}> still open (${[...names].reverse().map((n) => `<${n}>`).join(' in ')}): truncated?` };
    }
    return { line: r.err.line, message: r.err.msg };
  } catch (e) {
    return { line: 1, message: e instanceof Error ? e.message : String(e) };
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  allowBooleanAttributes: true,
  stopNodes: RAW_ELEMENTS.map((e) => `*.${e}`),
  isArray: (name) => LIST_ELEMENTS.has(name),
  captureMetaData: true,
  maxNestedTags: MAX_NESTED_TAGS,
});

/** Where the parser put each element's start offset. */
export const XML_META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Parses feed XML; returns the tree and the text it was read from (after repairs), or throws ImportError. */
export function readXml(xml: string, file: string | undefined): { tree: XmlNode; text: string; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  let text = xml;
  let error = validationError(text);
  if (error) {
    const repaired = text.replace(BARE_AMPERSAND_RE, '&amp;');
    if (repaired !== text) {
      const again = validationError(repaired);
      if (!again || again.line > error.line) {
        warnings.push({ line: error.line, message: `unescaped "&" read as text (${error.message})` });
        text = repaired;
        error = again;
      }
    }
  }
  if (error) {
    const outer = validationError(skeleton(text));
    if (outer) throw new ImportError(`feed is not well-formed XML: ${outer.message}`, { file, line: outer.line });
    warnings.push({ line: error.line, message: `item content is not well-formed XML (${error.message}); read as HTML` });
  }
  try {
    return { tree: parser.parse(text) as XmlNode, text, warnings };
  } catch (e) {
    throw new ImportError(`feed could not be read: ${e instanceof Error ? e.message : String(e)}`, { file });
  }
}
