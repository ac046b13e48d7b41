import { describe, expect, it } from 'vitest';
import { collapseBlockWhitespace, frameDocument, stripNonContent } from '../../../src/ingest/html/prepare-markup.js';
import { parseMarkup } from '../../../src/ingest/html/load-document.js';

describe('stripNonContent', () => {
  it('cuts scripts, styles, SVG and comments but keeps JSON-LD', () => {
    const out = stripNonContent('<p>a</p><script>x()</script><!-- c --><style>p{}</style><svg><path/></svg><script type="application/ld+json">{"a":1}</script><p>b</p>');
    expect(out).toBe('<p>a</p><script type="application/ld+json">{"a":1}</script><p>b</p>');
  });
  it('leaves an unclosed script to the parser and ends at an unclosed comment', () => {
    expect(stripNonContent('<p>a</p><script>x(')).toBe('<p>a</p><script>x(');
    expect(stripNonContent('<p>a</p><!-- never closed <p>b</p>')).toBe('<p>a</p>');
  });
  it('stays linear on thousands of unclosed tags', () => {
    const hostile = '<script '.repeat(20000) + '<!--'.repeat(20000);
    const t = performance.now();
    stripNonContent(hostile);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('frameDocument', () => {
  it('frames a fragment, keeping lang and dir', () => {
    const doc = parseMarkup('<html lang="ar" dir="rtl"><title>ع</title><p>نص</p>');
    expect(doc.documentElement?.getAttribute('dir')).toBe('rtl');
    expect(doc.body?.textContent).toContain('نص');
  });
  it('keeps text before <html> and after </html> in the body', () => {
    expect(frameDocument('<p>قبل</p></body></html><p>بعد</p>')).toContain('<p>قبل</p><p>بعد</p>');
    const doc = parseMarkup('نص حر <html><body><p>x</p></body></html><p>بعد</p>');
    expect(doc.body?.textContent).toContain('بعد');
  });
});

describe('collapseBlockWhitespace', () => {
  it('drops white space around block tags only', () => {
    expect(collapseBlockWhitespace('<div>\n  <p> نص <b>عريض</b> <i>مائل</i> </p>\n</div>')).toBe('<div><p>نص <b>عريض</b> <i>مائل</i></p></div>');
  });
});
