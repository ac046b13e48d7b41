/**
 * THE IMPORT SEAM. The editor's "paste a page dump, a URL or an HTML file" form calls a
 * `ParseDraft` function handed to the newsroom (see NewsroomContext.parseDraft). The default
 * below reads pasted text and uploaded files with the ingest parsers, and fetches addresses
 * with the guarded fetch: on a writer's behalf, so never an internal address (SSRF), at the
 * first request or after any redirect.
 */
import { MidadError } from '../../article/index.js';
import { ImportError, type ParsedSource } from '../../ingest/types.js';

// The parsers and the fetcher (an HTML DOM, an XML parser, charset tables) load on the first
// import, not at every server start: most processes never import anything.
const parsers = () => import('../../ingest/parse-source.js');
const fetcher = () => import('../../ingest/read-source.js');

/** What a person handed the importer. */
export type DraftSource =
  | { kind: 'text'; text: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; data: Buffer; name: string | null };

/** Turns a source into article drafts (the first is opened in the editor). */
export type ParseDraft = (source: DraftSource) => Promise<ParsedSource>;

/** Runs a parser, turning its ImportError into the catalogue's coded error with its place. */
async function guarded(parse: () => ParsedSource | Promise<ParsedSource>): Promise<ParsedSource> {
  try {
    return await parse();
  } catch (e) {
    if (e instanceof ImportError) throw new MidadError('ERR_DRAFT_PARSE_FAILED', `تعذّر استخراج مقال: ${e.describe()}`);
    throw e;
  }
}

/** Options of the default parser. */
export interface ParseDraftOptions {
  /** Host names a writer may import from although they resolve to internal addresses. */
  allowHosts?: readonly string[];
}

/**
 * The default parser: a pasted text, an uploaded file or a fetched address, in any format
 * the importer reads (page dump, HTML, feed, JSONL; recognised by content).
 */
export function createParseDraft(options: ParseDraftOptions = {}): ParseDraft {
  return (source) => parseDraftWith(source, options);
}

async function parseDraftWith(source: DraftSource, options: ParseDraftOptions): Promise<ParsedSource> {
  switch (source.kind) {
    case 'url':
      return guarded(async () => {
        const src = await (await fetcher()).fetchUrlSource(source.url, { allowHosts: options.allowHosts });
        return (await parsers()).parseSource(src.bytes, { file: src.name, url: src.url, contentType: src.contentType });
      });
    case 'text':
      return guarded(async () => (await parsers()).parseSource(Buffer.from(source.text, 'utf8'), { file: 'النص الملصق' }));
    case 'file':
      return guarded(async () => (await parsers()).parseSource(source.data, { file: source.name ?? 'الملف' }));
  }
}

/** The default parser with no trusted hosts. */
export const simpleParseDraft: ParseDraft = createParseDraft();
