import type { SourceFormat } from './types.js';

/** Bytes looked at to recognise a format: enough for a doctype, an XML declaration and a root. */
const SNIFF_BYTES = 4096;
const UTF8_BOM = '\uFEFF';

/**
 * Recognises a source's format by its content, never by its name: JSON Lines start with an
 * object; RSS and Atom are XML with an <rss>, <feed> or RDF root; HTML has a doctype or an
 * <html>/<head>/<body> tag early on; anything else is read as a page dump (plain text).
 */
export function detectFormat(bytes: Uint8Array | string): SourceFormat {
  // Latin-1 is enough to see ASCII markup in any ASCII-compatible encoding (UTF-8, windows-1256…).
  const head = (typeof bytes === 'string' ? bytes.slice(0, SNIFF_BYTES) : Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1'))
    .replace(UTF8_BOM, '')
    .replace(/^\u00EF\u00BB\u00BF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'jsonl';
  const lower = head.toLowerCase();
  if (lower.startsWith('<')) {
    // Skip the XML declaration, comments and processing instructions before the root element.
    const root = /<(?!\?|!--)([a-z][\w:-]*)/.exec(lower.replace(/<!--[\s\S]*?-->/g, ''));
    const name = root?.[1] ?? '';
    if (name === 'rss' || name === 'feed' || name === 'rdf:rdf') return 'feed';
    if (lower.startsWith('<!doctype html') || ['html', 'head', 'body', 'meta', 'title', 'article', 'div'].includes(name)) return 'html';
    if (lower.startsWith('<?xml') && /<(rss|feed)[\s>]/.test(lower)) return 'feed';
    return 'html';
  }
  return 'pagetext';
}
