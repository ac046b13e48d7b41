import { describe, expect, it } from 'vitest';
import { Fragment, h, raw, rawBytes, render, renderBytes } from '../../src/site/jsx/runtime.js';
import { decodeParts, encodeParts, type ArticleParts } from '../../src/site/article-parts.js';

describe('the JSX runtime', () => {
  it('escapes text and attributes by default', () => {
    const evil = '<script>alert("x")</script>&\'';
    const html = render(<p title={evil}>{evil}</p>);
    expect(html).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>',
    );
  });

  it('escapes every string, not only the first of a run (no regex state leaks)', () => {
    const html = render(
      <ul>
        {['<a>', '<b>', '<c>'].map((x) => (
          <li>{x}</li>
        ))}
      </ul>,
    );
    expect(html).not.toContain('<a>');
    expect(html).not.toContain('<c>');
  });

  it('passes nested elements and raw() through unescaped', () => {
    expect(render(<div>{raw('<b>ok</b>')}</div>)).toBe('<div><b>ok</b></div>');
    expect(render(<div><span>a</span></div>)).toBe('<div><span>a</span></div>');
  });

  it('renders void elements, boolean and absent attributes', () => {
    expect(render(<input disabled value="x" hidden={false} name={undefined} />)).toBe('<input disabled value="x">');
  });

  it('calls components and renders fragments', () => {
    const Hello = (p: { name: string }) => <b>مرحبا {p.name}</b>;
    expect(render(<><Hello name="<ليلى>" /></>)).toBe('<b>مرحبا &lt;ليلى&gt;</b>');
  });

  it('puts markup held as bytes back in place, byte for byte, in document order', () => {
    const head = rawBytes(Buffer.from('<meta name="x" content="رأس">'));
    const main = rawBytes(Buffer.from('<article>متن «المقال»</article>'));
    const page = (
      <html>
        <head>{head}</head>
        <body>
          <p>{'قبل'}</p>
          {main}
          <p>{'بعد <'}</p>
        </body>
      </html>
    );
    const bytes = renderBytes(page, [head, main]);
    expect(bytes.toString()).toBe(
      '<html><head><meta name="x" content="رأس"></head><body><p>قبل</p><article>متن «المقال»</article><p>بعد &lt;</p></body></html>',
    );
    expect(renderBytes(<p>{'نص'}</p>, [])).toEqual(Buffer.from('<p>نص</p>'));
  });

  it('stores article parts so that the markup reads back as the same bytes', () => {
    const parts: ArticleParts = {
      id: 7,
      slug: 'مقال',
      status: 'published',
      publishedAt: '2026-11-29T10:00:00.000Z',
      updatedAt: '2026-11-29T10:00:00.000Z',
      sectionId: null,
      pins: [3],
      title: 'عنوان\nبسطرين',
      description: 'وصف',
      head: '<script type="application/ld+json">{"a":"ب\\n"}</script>',
      main: '<article>\nمتن</article>',
    };
    const back = decodeParts(Buffer.from(encodeParts(parts)));
    expect({ ...back, head: back.head.toString(), main: back.main.toString() }).toEqual(parts);
  });
});
