import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseHtml } from '../../../src/ingest/html/index.js';
import { damaged, expectResultOrImportError, hostileHtml, mixedText } from './hostile.js';
import { fixtureCases } from './quality.js';

const html = (input: Uint8Array | string) => expectResultOrImportError(() => parseHtml(input, { file: 'hostile.html' }), 'html');

// Run counts and sizes are kept small enough for the whole file to take seconds: each shape
// (deep, wide, huge, unclosed) is still there, at a size that shows a non-linear pass.
describe('parseHtml on hostile input: a ParsedSource or an ImportError, never another exception, never slow', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), html), { numRuns: 60 });
  });
  it('random strings in mixed scripts, with control characters and lone surrogates', () => {
    fc.assert(fc.property(fc.array(mixedText, { maxLength: 100 }).map((p) => p.join(' ')), html), { numRuns: 60 });
  });
  it('random markup: unclosed scripts, comments and CDATA, stray frames, broken entities', () => {
    fc.assert(fc.property(hostileHtml, html), { numRuns: 100 });
  });
  it('our fixtures truncated anywhere and with bytes overwritten', () => {
    for (const c of fixtureCases()) fc.assert(fc.property(damaged(c.bytes), html), { numRuns: 8 });
  });
  it('deep nesting, huge lines and thousands of unclosed tags', () => {
    html(`<title>عمق</title>${'<div>'.repeat(50_000)}نص${'</div>'.repeat(10)}`);
    html(`<title>عمق</title>${'<div class="widget">'.repeat(4_900)}<p>نص</p>`);
    html(`${'<blockquote>'.repeat(2_000)}${'نص '.repeat(1_000)}`);
    html(`${'<span><b>'.repeat(20_000)}نص`);
    html(`<p>${'كلمة '.repeat(100_000)}</p>`);
    html(`<html><body>${'x'.repeat(1_000_000)}`);
    html('<script '.repeat(15_000));
    html('<!--'.repeat(30_000) + '<p>نص</p>');
    html(`<p>${'<![CDATA['.repeat(10_000)}</p>`);
    html(`<figure>${'<figure><img src="a.jpg"><figcaption>'.repeat(5_000)}`);
    html(`<table>${'<tr><td><img src="a.jpg"></td></tr><tr><td class="caption">ت</td></tr>'.repeat(600)}</table>`);
    html(`<body>${'<p>فقرة قصيرة</p>'.repeat(4_000)}</body>`);
  });
});
