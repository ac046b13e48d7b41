import { describe, expect, it } from 'vitest';
import { Fragment, h, raw, render } from '../../src/site/jsx/runtime.js';

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
});
