import { open } from 'node:fs/promises';
import { fetchSource, type FetchOptions } from './fetch/index.js';
import { MAX_SOURCE_BYTES } from './limits.js';
import { ImportError } from './types.js';

/** A source's bytes and what is known about them. */
export interface SourceBytes {
  bytes: Uint8Array;
  /** The name messages use: the path as given, or the final URL. */
  name: string;
  url?: string;
  contentType?: string | null;
}

/** Whether a reference is an http(s) URL rather than a file path. */
export function isUrl(ref: string): boolean {
  return /^https?:\/\//i.test(ref);
}

/** Reads a file, refusing anything larger than MAX_SOURCE_BYTES before reading it whole. */
export async function readFileSource(path: string, limit = MAX_SOURCE_BYTES): Promise<SourceBytes> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new ImportError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: path });
  }
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new ImportError(`file is ${size} bytes; the limit is ${limit}`, { file: path });
    return { bytes: await handle.readFile(), name: path };
  } finally {
    await handle.close();
  }
}

/** Fetches an http(s) source (timeout, size and redirect bounds; internal addresses only when `options` allow them). */
export async function fetchUrlSource(url: string, options: FetchOptions = {}): Promise<SourceBytes> {
  const r = await fetchSource(url, options);
  return { bytes: r.bytes, name: r.finalUrl, url: r.finalUrl, contentType: r.contentType };
}

/**
 * Reads a source named by a file path or an http(s) URL, for the operator's own imports (the
 * CLI): files are read as given, and URLs may be on the operator's network (an admin
 * importing from a LAN). Anything fetching on a user's behalf uses fetchUrlSource without
 * `allowPrivate`.
 */
export async function readSource(ref: string): Promise<SourceBytes> {
  return isUrl(ref) ? fetchUrlSource(ref, { allowPrivate: true }) : readFileSource(ref);
}
