import { z } from 'zod';
import { MidadError } from '../../article/index.js';

/** The deepest result a cursor may reach: ranking refines a bounded candidate set, and nobody reads page 100. */
export const MAX_OFFSET = 1000;

const Shape = z.tuple([z.literal('s'), z.number().int().min(0).max(MAX_OFFSET)]);

/** An opaque cursor for the result after `offset` ones (base64url of JSON, like the article list's). */
export function encodeSearchCursor(offset: number): string {
  return Buffer.from(JSON.stringify(['s', offset])).toString('base64url');
}

/** Reads a search cursor back; anything else is the client's error, named by its field. */
export function decodeSearchCursor(text: string): number {
  try {
    return Shape.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')))[1];
  } catch {
    throw new MidadError('ERR_INVALID_PARAMETER', undefined, 'cursor');
  }
}
