/**
 * Document loading: bytes or a string become a linkedom document with a guaranteed
 * html/head/body frame, plus the notes the charset decoder made (for warnings). Pages being
 * imported load through the prefilter (loadPage), which cuts their furniture out first;
 * fragments and tools load whole (parseMarkup, loadDocument).
 */
import { parseHTML } from 'linkedom';
import { decodeBytes, type DecodedText } from '../charset.js';
import type { PruneReport } from './boilerplate.js';
import { CUT_MARK } from './cut-markup.js';
import { walkElements, type DomDocument } from './dom.js';
import { pageMarkup } from './page-markup.js';
import { prefilterMarkup } from './prefilter.js';
import { prepareMarkup } from './prepare-markup.js';

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

/** Parses markup into a full document (nothing cut); throws ImportError on hostile nesting. */
export function parseMarkup(markup: string): DomDocument {
  return parseHTML(prepareMarkup(markup)).document as unknown as DomDocument;
}

/** Loads a page from bytes or text into a full document (nothing cut). */
export function loadDocument(input: Uint8Array | string, contentType?: string | null): LoadedDocument {
  const { text, ...decoded } = decodeInput(input, contentType);
  return { document: parseMarkup(text), source: text, decoded };
}

/** A page loaded for import: furniture already cut, how it was decoded, and what the filter reported. */
export interface LoadedPage {
  document: DomDocument;
  decoded: Omit<DecodedText, 'text'>;
  /** What the boilerplate filter removed and the shape of what it kept. */
  report: PruneReport;
  /** Whether the body had readable text before anything was cut. */
  hasText: boolean;
}

/**
 * Loads a page with its furniture cut out before the full parse (prefilter.ts). Furniture
 * that metadata reads is still in the document, marked: read the metadata, then call
 * dropCutMarks, and the document is the page as the boilerplate filter leaves it.
 */
export function loadPage(input: Uint8Array | string, contentType?: string | null): LoadedPage {
  const { markup, text, decoded } = pageMarkup(input, contentType);
  const pre = prefilterMarkup(markup, text);
  const document = parseHTML(text(pre.markup)).document as unknown as DomDocument;
  return { document, decoded, report: pre.report, hasText: pre.hasText };
}

/** Removes the furniture that was kept, marked, only for metadata (a no-op on pages without marks). */
export function dropCutMarks(doc: DomDocument): void {
  if (!doc.body) return;
  walkElements(doc.body, (el) => {
    if (!el.hasAttribute(CUT_MARK)) return 'enter';
    el.remove();
    return 'skip';
  });
}
