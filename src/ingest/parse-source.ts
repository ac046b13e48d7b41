import { decodeBytes } from './charset.js';
import { detectFormat } from './detect.js';
import { parseFeed } from './feed/index.js';
import { parseHtml } from './html/index.js';
import { parseJsonl } from './jsonl/parse.js';
import { parsePageText } from './pagetext/index.js';
import type { RelatedLink } from './pagetext/types.js';
import { ImportError, type ParsedSource, type SourceFormat } from './types.js';

/** How to read one source. */
export interface ParseOptions {
  /** A format, or 'auto' to recognise it by content. */
  format?: SourceFormat | 'auto';
  /** Name for messages (file path or URL). */
  file?: string;
  /** The page's address, for relative links in HTML and feeds. */
  url?: string;
  /** HTTP Content-Type, when the bytes came over HTTP (charset). */
  contentType?: string | null;
  /** Sections the site already has: knowledge for telling a card's label from its caption. */
  knownSections?: readonly string[];
}

/** A parsed source with the card→article links a dump carries (empty for other formats). */
export interface ParsedWithLinks extends ParsedSource {
  links: RelatedLink[];
}

/**
 * Parses any supported source into articles. Only ImportError leaves this function: a
 * parser bug becomes an ImportError naming the file, never a crash of the caller.
 */
export function parseSource(bytes: Uint8Array, options: ParseOptions = {}): ParsedWithLinks {
  const format = !options.format || options.format === 'auto' ? detectFormat(bytes) : options.format;
  try {
    switch (format) {
      case 'html':
        return { ...parseHtml(bytes, { file: options.file, url: options.url, contentType: options.contentType }), links: [] };
      case 'feed':
        return { ...parseFeed(bytes, { file: options.file, url: options.url, contentType: options.contentType }), links: [] };
      case 'jsonl': {
        const { text } = decodeBytes(bytes, { contentType: options.contentType });
        return { ...parseJsonl(text, { file: options.file }), links: [] };
      }
      case 'pagetext': {
        const { text } = decodeBytes(bytes, { contentType: options.contentType });
        return parsePageText(text, { file: options.file, knownSections: options.knownSections });
      }
    }
  } catch (e) {
    if (e instanceof ImportError) {
      if (!e.where.file && options.file) throw new ImportError(e.message, { ...e.where, file: options.file });
      throw e;
    }
    throw new ImportError(`could not be parsed as ${format}: ${(e as Error).message}`, { file: options.file });
  }
}
