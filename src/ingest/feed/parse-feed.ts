/**
 * `parseFeed`: an RSS 2.0/1.0 or Atom document → one article per item. Bytes are decoded
 * with the charset the HTTP header, BOM or XML declaration gives; the XML is read by
 * xml.ts (strict about structure, tolerant inside item bodies); items become articles
 * through the HTML block converter; each article is fitted to the schema and validated.
 * An item that cannot become an article is skipped with a warning naming its line; a file
 * that is not a feed is an ImportError naming the line. Nothing else escapes.
 */
import { ArticleInputSchema, type ArticleInputRaw } from '../../article/article.js';
import { toFieldIssues } from '../../article/validate.js';
import { fitArticle } from '../html/fit-article.js';
import { decodeInput } from '../html/load-document.js';
import { ImportError, type ImportWarning, type ParsedSource } from '../types.js';
import { atomEntries } from './atom.js';
import { entryToArticle } from './entry-to-article.js';
import { rssEntries } from './rss.js';
import { lineIndex, readXml } from './xml.js';

/** Where the feed came from: file name, address and HTTP Content-Type. */
export interface ParseFeedOptions {
  file?: string;
  url?: string;
  contentType?: string | null;
}

/** Feeds larger than this are refused (a feed is a list of recent items, never this big). */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

/** Parses an RSS or Atom feed. Throws only ImportError. */
export function parseFeed(input: Uint8Array | string, options: ParseFeedOptions = {}): ParsedSource {
  try {
    return parse(input, options);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`internal error while parsing the feed: ${e instanceof Error ? e.message : String(e)}`, { file: options.file });
  }
}

function rootName(text: string): string {
  return /<([A-Za-z_][\w:.-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''))?.[1] ?? '(none)';
}

function parse(input: Uint8Array | string, options: ParseFeedOptions): ParsedSource {
  const file = options.file;
  const size = typeof input === 'string' ? input.length * 2 : input.byteLength;
  if (size > MAX_FEED_BYTES) throw new ImportError(`feed is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB`, { file });
  const decoded = decodeInput(input, options.contentType);
  const warnings: ImportWarning[] = decoded.notes.map((message) => ({ message }));
  if (!decoded.text.trim()) throw new ImportError('feed is empty', { file, line: 1 });

  const { tree, text, warnings: xmlWarnings } = readXml(decoded.text, file);
  warnings.push(...xmlWarnings);
  const lineOf = lineIndex(text);
  const entries = rssEntries(tree, lineOf) ?? atomEntries(tree, lineOf);
  if (!entries) throw new ImportError(`not an RSS or Atom feed: the root element is <${rootName(text)}>`, { file, line: 1 });
  if (!entries.length) warnings.push({ message: 'feed has no items' });

  const articles: ArticleInputRaw[] = [];
  for (const entry of entries) {
    const draft = entryToArticle(entry, warnings);
    if (!draft) continue;
    const fitted = fitArticle(draft);
    for (const message of fitted.warnings) warnings.push({ line: entry.line, element: entry.element, message });
    const checked = ArticleInputSchema.safeParse(fitted.article);
    if (!checked.success) {
      const issue = toFieldIssues(checked.error)[0];
      warnings.push({ line: entry.line, element: entry.element, message: `item skipped: ${issue?.path}: ${issue?.message}` });
      continue;
    }
    articles.push(fitted.article);
  }
  return { format: 'feed', articles, warnings };
}
