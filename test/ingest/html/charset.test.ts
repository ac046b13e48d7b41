import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBytes, normalizeCharsetLabel, sniffDeclaredCharset } from '../../../src/ingest/charset.js';

const ARABIC = 'عاجل: «الواحة» تقرّ خطة التحلية، والمجلس يصوّت اليوم';
const enc = (s: string, charset: string) => new Uint8Array(iconv.encode(s, charset));
const page = (meta: string, body = ARABIC) => `<html><head>${meta}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it('reads UTF-8 by default', () => {
    const r = decodeBytes(new TextEncoder().encode(page('')));
    expect(r).toMatchObject({ charset: 'utf-8', source: 'default' });
    expect(r.text).toContain(ARABIC);
  });

  it('honours a UTF-8 BOM over a contradicting meta, and strips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page('<meta charset="windows-1256">'))]);
    const r = decodeBytes(bytes);
    expect(r.source).toBe('bom');
    expect(r.text.startsWith('<html>')).toBe(true);
    expect(r.text).toContain(ARABIC);
  });

  it('honours a UTF-16LE BOM', () => {
    const r = decodeBytes(new Uint8Array([0xff, 0xfe, ...iconv.encode(page(''), 'utf-16le')]));
    expect(r).toMatchObject({ charset: 'utf-16le', source: 'bom' });
    expect(r.text).toContain(ARABIC);
  });

  it('reads windows-1256 declared by <meta charset>', () => {
    const r = decodeBytes(enc(page('<meta charset="windows-1256">'), 'windows-1256'));
    expect(r).toMatchObject({ charset: 'windows-1256', source: 'meta' });
    expect(r.text).toContain(ARABIC);
  });

  it('reads windows-1256 declared by <meta http-equiv> with an alias label', () => {
    const r = decodeBytes(enc(page('<meta http-equiv="Content-Type" content="text/html; charset=cp1256">'), 'windows-1256'));
    expect(r.charset).toBe('cp1256');
    expect(r.text).toContain(ARABIC);
  });

  it('reads ISO-8859-6 (no guillemets in that charset)', () => {
    const text = 'المزارعون يتوقعون موسماً قياسياً، والأسعار مستقرة؟';
    const r = decodeBytes(enc(page('<meta charset="ISO-8859-6">', text), 'iso-8859-6'));
    expect(r.charset).toBe('iso-8859-6');
    expect(r.text).toContain(text);
  });

  it('lets the HTTP Content-Type override the document', () => {
    const r = decodeBytes(enc(page('<meta charset="utf-8">'), 'windows-1256'), { contentType: 'text/html; charset=windows-1256' });
    expect(r).toMatchObject({ charset: 'windows-1256', source: 'http' });
    expect(r.text).toContain(ARABIC);
  });

  it('reads the XML declaration of a feed', () => {
    const xml = `<?xml version="1.0" encoding="windows-1256"?><rss><channel><title>${ARABIC}</title></channel></rss>`;
    const r = decodeBytes(enc(xml, 'windows-1256'));
    expect(r).toMatchObject({ charset: 'windows-1256', source: 'xml' });
    expect(r.text).toContain(ARABIC);
  });

  it('falls back to UTF-8 with a note on an unknown label', () => {
    const r = decodeBytes(new TextEncoder().encode(page('<meta charset="x-klingon">')));
    expect(r.charset).toBe('utf-8');
    expect(r.notes.join()).toMatch(/unknown charset "x-klingon"/);
  });

  it('treats a document declaring UTF-16 without a BOM as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode(page('<meta charset="utf-16">'))).text).toContain(ARABIC);
  });

  it('turns invalid UTF-8 into U+FFFD and never throws', () => {
    const r = decodeBytes(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xc3, 0x28, 0xe2, 0x82]));
    expect(r.text).toContain('\uFFFD');
    expect(r.notes.join()).toMatch(/U\+FFFD/);
  });

  it('recognises undeclared windows-1256 Arabic rather than showing U+FFFD', () => {
    const r = decodeBytes(enc(page('', `${ARABIC} ${ARABIC}`), 'windows-1256'));
    expect(r).toMatchObject({ charset: 'windows-1256', source: 'sniffed' });
    expect(r.text).toContain(ARABIC);
  });

  it('decodes invalid UTF-8 as the WHATWG decoder does (one U+FFFD per bad sequence)', () => {
    const whatwg = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        if (bytes[0] === 0xfe || bytes[0] === 0xff) return; // a UTF-16 byte-order mark
        expect(decodeBytes(bytes, { contentType: 'text/html; charset=utf-8' }).text).toBe(whatwg.decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes empty input to empty text', () => {
    expect(decodeBytes(new Uint8Array()).text).toBe('');
  });
});

describe('charset labels', () => {
  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1256"')).toBe('Windows-1256');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
  it('maps web aliases the way browsers do', () => {
    expect(normalizeCharsetLabel('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharsetLabel('iso-8859-6-i')).toBe('iso-8859-6');
    expect(normalizeCharsetLabel('UTF8')).toBe('utf-8');
    expect(normalizeCharsetLabel('nonsense')).toBeNull();
  });
  it('finds a declaration only in the first bytes', () => {
    const late = `${' '.repeat(5000)}<meta charset="windows-1256">`;
    expect(sniffDeclaredCharset(new TextEncoder().encode(late))).toBeNull();
    expect(sniffDeclaredCharset(new TextEncoder().encode('<meta charset=windows-1256>'))).toEqual({ label: 'windows-1256', source: 'meta' });
  });
});
