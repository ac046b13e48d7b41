/**
 * THE IMPORT SEAM. The editor's "paste a page dump, a URL or an HTML file" form calls a
 * `ParseDraft` function handed to the newsroom (see NewsroomContext.parseDraft); the import
 * service (src/newsroom/import/, owned by the import work) is meant to replace the simple
 * version below, which reads page dumps and HTML with the ingest parsers and does not fetch
 * URLs (fetching needs the import service's address and size guards).
 */
import { MidadError } from '../../article/index.js';
import { parseHtml } from '../../ingest/html/index.js';
import { parsePageText } from '../../ingest/pagetext/index.js';
import { ImportError, type ParsedSource } from '../../ingest/types.js';

/** What a person handed the importer. */
export type DraftSource =
  | { kind: 'text'; text: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; data: Buffer; name: string | null };

/** Turns a source into article drafts (the first is opened in the editor). */
export type ParseDraft = (source: DraftSource) => Promise<ParsedSource>;

// A pasted text is HTML when it opens with a tag or a doctype.
const HTML_START_RE = /^\s*(<!doctype html|<html|<head|<body|<article|<main|<div|<p[\s>])/i;

/** Runs a parser, turning its ImportError into the catalogue's coded error with its place. */
function guarded(parse: () => ParsedSource): ParsedSource {
  try {
    return parse();
  } catch (e) {
    if (e instanceof ImportError) throw new MidadError('ERR_DRAFT_PARSE_FAILED', `تعذّر استخراج مقال: ${e.describe()}`);
    throw e;
  }
}

/** The simple parser: page dumps and HTML pasted or uploaded; URLs wait for the import service. */
export const simpleParseDraft: ParseDraft = async (source) => {
  switch (source.kind) {
    case 'url':
      throw new MidadError('ERR_DRAFT_PARSE_FAILED', 'جلب المقالات من رابط غير متاح بعد في هذه النسخة؛ الصق نص الصفحة أو ارفع ملف HTML');
    case 'text':
      return guarded(() => (HTML_START_RE.test(source.text) ? parseHtml(source.text) : parsePageText(source.text)));
    case 'file': {
      const head = source.data.subarray(0, 1024).toString('latin1');
      const isText = /\.txt$/i.test(source.name ?? '') || !HTML_START_RE.test(head);
      const file = source.name ?? undefined;
      return guarded(() => (isText ? parsePageText(source.data.toString('utf8'), { file }) : parseHtml(source.data, { file })));
    }
  }
};
