import { describe, expect, it } from 'vitest';
import { nextText, readLines } from '../../../src/ingest/pagetext/lines.js';

describe('readLines', () => {
  it('numbers lines from 1 and trims copy noise', () => {
    expect(readLines('عنوان الخبر  \n\n  فقرة أولى.\t')).toEqual([
      { no: 1, text: 'عنوان الخبر' },
      { no: 2, text: '' },
      { no: 3, text: 'فقرة أولى.' },
    ]);
  });

  it('counts a CRLF line end once and accepts a lone CR', () => {
    expect(readLines('أ\r\nب\rج\n').map((l) => l.text)).toEqual(['أ', 'ب', 'ج', '']);
  });

  it('drops a byte-order mark', () => {
    expect(readLines('\ufeffعنوان')[0]).toEqual({ no: 1, text: 'عنوان' });
  });

  it('reads empty and non-Arabic input', () => {
    expect(readLines('')).toEqual([{ no: 1, text: '' }]);
    expect(readLines('Breaking news\nTT').map((l) => l.text)).toEqual(['Breaking news', 'TT']);
  });
});

describe('nextText', () => {
  it('finds the next non-blank line or -1', () => {
    const lines = readLines('\n\nنص\n');
    expect(nextText(lines, 0)).toBe(2);
    expect(nextText(lines, 3)).toBe(-1);
  });
});
