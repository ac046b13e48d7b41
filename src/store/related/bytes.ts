/** Bytes as both drivers bind them (better-sqlite3 and pg want a Buffer, not a bare Uint8Array). */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** What a driver returned for a bytes column, as a Uint8Array. */
export function fromColumn(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  return new Uint8Array(0);
}

/** Rows per multi-row statement: under SQLite's and PostgreSQL's bound-parameter limits for our widest rows. */
export const CHUNK = 400;

/** Splits a list into chunks of CHUNK. */
export function* chunks<T>(items: readonly T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
