import type { SourceBytes } from '../ingest/read-source.js';
import { ImportError } from '../ingest/types.js';

/** Fetches a source URL for `midad import` (bounded: timeout, size, redirects). */
export async function fetchUrl(url: string): Promise<SourceBytes> {
  throw new ImportError('fetching URLs arrives with the fetch module', { file: url });
}
