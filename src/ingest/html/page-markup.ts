/**
 * A page's bytes → the framed markup the parsers read (see prepareMarkup), decoding as little
 * as possible. In UTF-8 and the single-byte charsets, markup is ASCII and no byte of a
 * character outside ASCII is below 0x80, so the bytes can be prepared read as Latin-1 (one
 * character a byte) and decoded piece by piece where text is read. That keeps the page from
 * being copied as a UTF-16 string at every step: a string of more than 64K UTF-16 units is a
 * large object to V8, and on a busy machine each such allocation cost about a millisecond,
 * a fifth of the budget of a page.
 *
 * Pages whose UTF-8 is invalid are decoded first (a cut must never join the halves of two
 * broken characters into a new one), and so are UTF-16 pages and text given as a string.
 * On the bytes, Unicode spaces inside tag syntax are not spaces, as for HTML's tokenizer.
 */
import { chooseCharset, decodeWith, type CharsetChoice, type DecodedText } from '../charset.js';
import type { MarkupText } from './light-dom.js';
import { prepareMarkup } from './prepare-markup.js';

/** Charsets whose every byte below 0x80 is the ASCII character (and no other byte is). */
const BYTE_SCANNABLE_RE = /^(?:utf-8|windows-12\d\d|iso-8859-\d{1,2}|koi8-[ru])$/;

/** The framed markup, how pieces of it read as text, and how the page was decoded. */
export interface PageMarkup {
  /** The framed markup: text, or the page's bytes read as Latin-1. */
  markup: string;
  /** Reads a piece of the markup as text (the identity when the markup is text). */
  text: MarkupText;
  decoded: Omit<DecodedText, 'text'>;
}

const asLatin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const ASCII_RE = /^[\x00-\x7f]*$/;
const same: MarkupText = (piece) => piece;

/**
 * Prepares a page given as bytes (any charset) or as text. In the bytes' case the page is
 * never decoded whole: the light parse reads the markup as Latin-1 and decodes what it looks
 * at, and only the markup left after the cut is decoded for the full parse. Throws
 * ImportError on hostile nesting.
 */
export function pageMarkup(input: Uint8Array | string, contentType?: string | null): PageMarkup {
  if (typeof input === 'string') {
    return { markup: prepareMarkup(input.replace(/^\uFEFF/, '')), text: same, decoded: { charset: 'utf-16', source: 'default', notes: [] } };
  }
  const choice: CharsetChoice = chooseCharset(input, { contentType });
  const decoded = { charset: choice.charset, source: choice.source, notes: choice.notes };
  if (choice.decoded !== undefined || choice.bomLength > 0 || !BYTE_SCANNABLE_RE.test(choice.charset)) {
    return { markup: prepareMarkup(decodeWith(input, choice)), text: same, decoded };
  }
  // ASCII reads the same in every charset here, so most pieces (tags, class names) need no decoding.
  const text: MarkupText = (piece) => (ASCII_RE.test(piece) ? piece : decodeWith(Buffer.from(piece, 'latin1'), choice));
  return { markup: prepareMarkup(asLatin1(input)), text, decoded };
}
