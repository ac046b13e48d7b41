import { open } from 'node:fs/promises';
import { fetchSource } from './fetch/index.js';
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

/** Reads a source named by a file path or an http(s) URL (fetched with timeout, size and redirect bounds). */
export async function readSource(ref: string): Promise<SourceBytes> {
  if (!isUrl(ref)) return readFileSource(ref);
  const r = await fetchSource(ref);
  return { bytes: r.bytes, name: r.finalUrl, url: r.finalUrl, contentType: r.contentType };
}
