/**
 * Reading a response body within a size limit: a declared Content-Length over the limit is
 * refused unread, and the body (decompressed, so a small gzip bomb is counted at its real
 * size) is abandoned the moment it grows past the limit. Every failure is an ImportError.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { ImportError } from '../types.js';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;

/** The decoders for a Content-Encoding list, innermost last (as the server applied them). */
function decoders(encoding: string | undefined, url: string): Readable[] {
  const names = (encoding ?? '').split(',').map((e) => e.trim().toLowerCase()).filter((e) => e && e !== 'identity');
  return names.reverse().map((name) => {
    if (name === 'gzip' || name === 'x-gzip') return createGunzip();
    if (name === 'deflate') return createInflate();
    if (name === 'br') return createBrotliDecompress();
    throw new ImportError(`unsupported Content-Encoding "${name}"`, { file: url });
  });
}

/** Reads the body of `res` up to `maxBytes` (after decompression). */
export async function readBody(res: IncomingMessage, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new ImportError(`response is larger than ${mb(maxBytes)} (Content-Length ${declared})`, { file: url });
  }
  let stream: Readable = res;
  for (const d of decoders(res.headers['content-encoding'], url)) {
    stream.on('error', (e) => d.destroy(e));
    stream = stream.pipe(d as unknown as NodeJS.WritableStream) as unknown as Readable;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).byteLength;
      if (total > maxBytes) throw new ImportError(`response is larger than ${mb(maxBytes)}; download stopped`, { file: url });
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (!res.complete) res.destroy();
    if (stream !== res) stream.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}
