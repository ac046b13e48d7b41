/**
 * THE IMPORT SEAM. The editor's "paste a page dump, a URL or an HTML file" form calls a
 * `ParseDraft` function handed to the newsroom (see NewsroomContext.parseDraft); the import
 * service (src/newsroom/import/, owned by the import work) is meant to replace the simple
 * version below, which reads page dumps and HTML with the ingest parsers and does not fetch
 * URLs (fetching needs the import service's address and size guards).
 */
import { MidadError } from '../../article/index.js';
import { parseSource } from '../../ingest/parse-source.js';
import { ImportError, type ParsedSource } from '../../ingest/types.js';

/** What a person handed the importer. */
export type DraftSource =
  | { kind: 'text'; text: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; data: Buffer; name: string | null };

/** Turns a source into article drafts (the first is opened in the editor). */
export type ParseDraft = (source: DraftSource) => Promise<ParsedSource>;

/** Runs a parser, turning its ImportError into the catalogue's coded error with its place. */
function guarded(parse: () => ParsedSource): ParsedSource {
  try {
    return parse();
  } catch (e) {
    if (e instanceof ImportError) throw new MidadError('ERR_DRAFT_PARSE_FAILED', `تعذّر استخراج مقال: ${e.describe()}`);
    throw e;
  }
}

/**
 * The simple parser: a pasted text or an uploaded file, in any format the importer reads
 * (page dump, HTML, feed, JSONL; recognised by content). URLs are refused here: fetching on a
 * writer's behalf needs a guard against internal addresses at every redirect, which belongs
 * to the import service.
 */
export const simpleParseDraft: ParseDraft = async (source) => {
  switch (source.kind) {
    case 'url':
      throw new MidadError('ERR_DRAFT_PARSE_FAILED', 'جلب المقالات من رابط غير متاح بعد في هذه النسخة؛ الصق نص الصفحة أو ارفع ملف HTML');
    case 'text':
      return guarded(() => parseSource(Buffer.from(source.text, 'utf8'), { file: 'النص الملصق' }));
    case 'file':
      return guarded(() => parseSource(source.data, { file: source.name ?? 'الملف' }));
  }
};
