/**
 * Document loading: bytes or a string become a linkedom document with a guaranteed
 * html/head/body frame, plus the notes the charset decoder made (for warnings).
 */
import { parseHTML } from 'linkedom';
import { decodeBytes, type DecodedText } from '../charset.js';
import type { DomDocument } from './dom.js';
import { ImportError } from '../types.js';
import { collapseBlockWhitespace, estimateDepth, frameDocument, stripNonContent } from './prepare-markup.js';

/**
 * Markup nested deeper than this is refused before parsing: real pages stay under a few
 * hundred levels, and the DOM parser slows down sharply with depth (50,000 levels take
 * seconds), so only hostile input gets here.
 */
export const MAX_MARKUP_DEPTH = 5000;

/** A loaded page: its document, the decoded source text, and how it was decoded. */
export interface LoadedDocument {
  document: DomDocument;
  /** The decoded markup as the publisher sent it (before any of our cuts). */
  source: string;
  decoded: Omit<DecodedText, 'text'>;
}

/** Decodes input to text: strings pass through (without a BOM), bytes honour their charset. */
export function decodeInput(input: Uint8Array | string, contentType?: string | null): DecodedText {
  if (typeof input === 'string') {
    return { text: input.replace(/^\uFEFF/, ''), charset: 'utf-16', source: 'default', notes: [] };
  }
  return decodeBytes(input, { contentType });
}

/** Line (1-based) of a character offset (stripping keeps line breaks, so it is the source's line). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Parses markup into a document after framing and stripping non-content; throws ImportError on hostile nesting. */
export function parseMarkup(markup: string): DomDocument {
  const stripped = stripNonContent(markup);
  const { depth, at } = estimateDepth(stripped);
  if (depth > MAX_MARKUP_DEPTH) {
    const tag = /^<[^\s>]{1,40}/.exec(stripped.slice(at, at + 42))?.[0]?.slice(1) ?? 'element';
    throw new ImportError(`markup nests more than ${MAX_MARKUP_DEPTH} elements deep`, { line: lineOf(stripped, at), element: tag });
  }
  const { document } = parseHTML(frameDocument(collapseBlockWhitespace(stripped)));
  return document as unknown as DomDocument;
}

/** Loads a page from bytes or text. */
export function loadDocument(input: Uint8Array | string, contentType?: string | null): LoadedDocument {
  const { text, ...decoded } = decodeInput(input, contentType);
  return { document: parseMarkup(text), source: text, decoded };
}
