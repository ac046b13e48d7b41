import { parseSource, type ParsedWithLinks } from '../../ingest/parse-source.js';
import { toAnatomyJson, type AnatomyDocument } from '../../ingest/present.js';
import { readSource } from '../../ingest/read-source.js';
import { ImportError, type SourceFormat } from '../../ingest/types.js';
import type { Store } from '../../store/index.js';
import { importParsed } from './import-parsed.js';
import type { SourceReport } from './report.js';

/** How to import a batch of sources. */
export interface ImportRequest {
  format?: SourceFormat | 'auto';
  /** Parse only; store nothing. */
  dryRun?: boolean;
  update?: boolean;
  now?: Date;
}

/** What became of one source: a report (stored), a preview (dry run), or the error that refused it. */
export type SourceResult =
  | { source: string; report: SourceReport; preview?: undefined; error?: undefined }
  | { source: string; preview: AnatomyDocument; parsed: ParsedWithLinks; report?: undefined; error?: undefined }
  | { source: string; error: ImportError; report?: undefined; preview?: undefined };

/**
 * Imports sources one by one; each is one transaction. A source that fails is reported
 * with its error and leaves nothing behind; the others still land.
 */
export async function importSources(store: Store, refs: readonly string[], req: ImportRequest = {}): Promise<SourceResult[]> {
  const knownSections = (await store.directory.sections()).map((s) => s.name);
  const results: SourceResult[] = [];
  for (const ref of refs) {
    try {
      const src = await readSource(ref);
      const parsed = parseSource(src.bytes, { format: req.format, file: src.name, url: src.url, contentType: src.contentType, knownSections });
      if (req.dryRun) {
        results.push({ source: ref, preview: toAnatomyJson(ref.split('/').pop() ?? ref, parsed), parsed });
      } else {
        results.push({ source: ref, report: await importParsed(store, src.name, parsed, { update: req.update, now: req.now }) });
      }
    } catch (e) {
      // Whatever went wrong, this source is refused whole (its transaction rolled back)
      // and the others still get their turn.
      if (e instanceof ImportError) results.push({ source: ref, error: e });
      else if (isMidadLike(e)) results.push({ source: ref, error: new ImportError(e.message, { file: ref }) });
      else results.push({ source: ref, error: new ImportError(`could not be stored: ${(e as Error).message}`, { file: ref }) });
    }
  }
  return results;
}

/** A coded domain error (duplicate id, invalid field…) that refuses one source, not the batch. */
function isMidadLike(e: unknown): e is Error & { code: string } {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string' && String((e as unknown as { code: string }).code).startsWith('ERR_');
}
