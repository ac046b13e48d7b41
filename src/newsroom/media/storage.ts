import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

// Names are ours (hash-width.ext); anything else is refused, so no path can escape the directory.
const NAME_RE = /^[a-f0-9]{16,64}-[0-9]{2,5}\.(avif|webp|jpg)$/;

/** Whether a name is one of our rendition files. */
export function isMediaFileName(name: string): boolean {
  return NAME_RE.test(name);
}

/** Writes a file atomically (a reader never sees half a file): a temporary name, then a rename. */
export async function writeMediaFile(dir: string, name: string, data: Buffer): Promise<void> {
  if (!isMediaFileName(name)) throw new Error(`not a media file name: ${name}`);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(tmp, data);
  await rename(tmp, join(dir, name));
}

/** Reads a rendition, or null when there is none by that name. */
export async function readMediaFile(dir: string, name: string): Promise<{ data: Buffer; mtime: Date } | null> {
  if (!isMediaFileName(name)) return null;
  const path = join(dir, name);
  try {
    const [data, info] = await Promise.all([readFile(path), stat(path)]);
    return { data, mtime: info.mtime };
  } catch {
    return null;
  }
}
