import { z } from 'zod';
import { MidadError } from '../../article/index.js';

/** A position in the newest-first order: the last item's publication time and id (ids break ties). */
export interface Cursor {
  publishedAt: string;
  id: number;
}

const CursorShape = z.tuple([z.iso.datetime(), z.number().int().positive()]);

/** An opaque cursor (base64url of JSON), so clients pass it back without building one. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.publishedAt, c.id])).toString('base64url');
}

/** Reads a cursor back; anything else is the client's error, named by its field. */
export function decodeCursor(text: string): Cursor {
  try {
    const [publishedAt, id] = CursorShape.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return { publishedAt, id };
  } catch {
    throw new MidadError('ERR_INVALID_PARAMETER', undefined, 'cursor');
  }
}

/** Whether an item comes after the cursor in newest-first order. */
export function isAfter(item: { publishedAt: string; id: number }, c: Cursor): boolean {
  return item.publishedAt < c.publishedAt || (item.publishedAt === c.publishedAt && item.id < c.id);
}
