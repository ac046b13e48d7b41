/**
 * Bytes → text, honouring the charset the source declares. Order of authority, as in the
 * WHATWG encoding sniffing algorithm: a byte-order mark, then the HTTP Content-Type
 * charset, then a declaration inside the document (`<meta charset>`, `<meta http-equiv>`,
 * or the XML declaration's `encoding`), then UTF-8. Arabic archives still serve
 * windows-1256 and ISO-8859-6, so both are first-class here (through iconv-lite).
 *
 * Never throws: bytes that are invalid in the chosen charset become U+FFFD, and an
 * unknown label falls back to UTF-8 with a note the caller can turn into a warning.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Where the charset that decoded a text came from. */
export type CharsetSource = 'bom' | 'http' | 'meta' | 'xml' | 'sniffed' | 'default';

/** A decoded text, the charset used, where that choice came from, and any note worth a warning. */
export interface DecodedText {
  text: string;
  charset: string;
  source: CharsetSource;
  notes: string[];
}

/** Hints a caller may have besides the bytes themselves. */
export interface DecodeHints {
  /** The HTTP Content-Type header, if the bytes came over HTTP. */
  contentType?: string | null;
}

// Declarations must sit near the top; browsers look at the first 1024 bytes, we allow a
// little more because some CMSes put long comments or scripts before the meta tag.
const PRESCAN_BYTES = 4096;

const UTF8 = 'utf-8';

/**
 * WHATWG labels that iconv-lite spells differently or that browsers remap: Latin-1 and
 * ASCII labels mean windows-1252 on the web, the -i/-e variants of ISO-8859-6 are plain
 * ISO-8859-6.
 */
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-6-i': 'iso-8859-6',
  'iso-8859-6-e': 'iso-8859-6',
  csiso88596i: 'iso-8859-6',
  csiso88596e: 'iso-8859-6',
  'x-cp1256': 'windows-1256',
  utf8: UTF8,
  'unicode-1-1-utf-8': UTF8,
};

/** Labels that only a BOM or HTTP may mean: a document that decodes far enough to declare UTF-16 is really UTF-8. */
const UTF16_RE = /^utf-?16(le|be)?$/;

/** A charset label as iconv-lite knows it, or null when nobody knows it; `inDocument` for labels read from the document itself. */
export function normalizeCharsetLabel(label: string, inDocument = false): string | null {
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return null;
  if (inDocument && UTF16_RE.test(l)) return UTF8;
  const aliased = LABEL_ALIASES[l] ?? l;
  return aliased === UTF8 || iconv.encodingExists(aliased) ? aliased : null;
}

/** The `charset=` parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType) : null;
  return m?.[2] ?? null;
}

const META_CHARSET_RE = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const XML_DECL_RE = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/;

/** The charset an HTML meta tag or XML declaration announces in the first bytes, and which of the two. */
export function sniffDeclaredCharset(bytes: Uint8Array): { label: string; source: 'meta' | 'xml' } | null {
  // Latin-1 maps every byte to one char, so ASCII markup reads the same in any ASCII-compatible charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const xml = XML_DECL_RE.exec(head);
  if (xml?.[1]) return { label: xml[1], source: 'xml' };
  // `http-equiv` metas carry `content="text/html; charset=X"`, which the same pattern finds.
  const meta = META_CHARSET_RE.exec(head);
  return meta?.[1] ? { label: meta[1], source: 'meta' } : null;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; charset: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], charset: UTF8 },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
];

function bomOf(bytes: Uint8Array): { charset: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { charset: bom.charset, length: bom.bytes.length };
  }
  return null;
}

const REPLACEMENT = '\uFFFD';
/** Arabic letters of the basic block: what a windows-1256 Arabic text decodes to. */
const ARABIC_LETTER_RE = /[\u0621-\u064A]/g;

function decodeAs(bytes: Uint8Array, charset: string): string {
  // Node's UTF-8 decoding follows the WHATWG decoder (each invalid sequence becomes exactly
  // one U+FFFD, a BOM is kept) and is faster than TextDecoder on large pages; the test
  // "decodes invalid UTF-8 as the WHATWG decoder does" holds the two equal.
  if (charset === UTF8) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return iconv.decode(bytes, charset, { stripBOM: false });
}

/**
 * Undeclared legacy Arabic: when nothing names a charset and UTF-8 fails on many bytes,
 * an old Arabic page is almost always windows-1256. Accept that guess only when it turns
 * most high bytes into Arabic letters, so binary junk stays UTF-8 with U+FFFD.
 */
function looksLikeWindows1256(bytes: Uint8Array, utf8Text: string): string | null {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  const bad = utf8Text.split(REPLACEMENT).length - 1;
  if (high < 16 || bad < high / 4) return null;
  const text = iconv.decode(bytes, 'windows-1256');
  const arabic = text.match(ARABIC_LETTER_RE)?.length ?? 0;
  return arabic >= high * 0.6 ? text : null;
}

/** The charset chosen for some bytes, where the choice came from, and what was noted on the way. */
export interface CharsetChoice {
  charset: string;
  source: CharsetSource;
  notes: string[];
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  /** Text already decoded while choosing (only when UTF-8 had to be tried and failed). */
  decoded?: string;
}

/**
 * Chooses how to decode bytes: BOM, then HTTP charset, then the document's declaration, then
 * UTF-8 (checked, without decoding, to be valid) or, for undeclared bytes that are not, the
 * legacy Arabic guess. Pages are decoded once, after their markup has been prepared.
 */
export function chooseCharset(bytes: Uint8Array, hints: DecodeHints = {}): CharsetChoice {
  const notes: string[] = [];
  const bom = bomOf(bytes);
  if (bom) return { charset: bom.charset, source: 'bom', notes, bomLength: bom.length };
  const candidates: Array<{ label: string; source: CharsetSource }> = [];
  const http = charsetFromContentType(hints.contentType);
  if (http) candidates.push({ label: http, source: 'http' });
  const declared = sniffDeclaredCharset(bytes);
  if (declared) candidates.push(declared);
  for (const c of candidates) {
    const charset = normalizeCharsetLabel(c.label, c.source !== 'http');
    if (charset) return { charset, source: c.source, notes, bomLength: 0 };
    notes.push(`unknown charset "${c.label}" (${c.source}) ignored`);
  }
  if (isUtf8(bytes)) return { charset: UTF8, source: 'default', notes, bomLength: 0 };
  const text = decodeAs(bytes, UTF8);
  const legacy = looksLikeWindows1256(bytes, text);
  if (legacy !== null) {
    notes.push('no charset declared and the bytes are not UTF-8; read as windows-1256');
    return { charset: 'windows-1256', source: 'sniffed', notes, bomLength: 0, decoded: legacy };
  }
  notes.push('invalid UTF-8 bytes replaced with U+FFFD');
  return { charset: UTF8, source: 'default', notes, bomLength: 0, decoded: text };
}

/** Decodes bytes with a chosen charset (see chooseCharset). */
export function decodeWith(bytes: Uint8Array, choice: CharsetChoice): string {
  return choice.decoded ?? decodeAs(bytes.subarray(choice.bomLength), choice.charset);
}

/** Decodes bytes to text: BOM, then HTTP charset, then the document's declaration, then UTF-8. */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodedText {
  const choice = chooseCharset(bytes, hints);
  return { text: decodeWith(bytes, choice), charset: choice.charset, source: choice.source, notes: choice.notes };
}
