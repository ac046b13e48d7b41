import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/ingest/charset.js';
import type { DomNode } from '../../../src/ingest/html/dom.js';
import { parseLight } from '../../../src/ingest/html/light-parse.js';
import { prepareMarkup } from '../../../src/ingest/html/prepare-markup.js';
import { hostileHtml } from './hostile.js';
import { allCases } from './quality.js';
import { outline } from './tree-shape.js';

/** Both trees of the same markup, outlined from the root element down. */
function bothTrees(markup: string, text = true): { linkedom: string; light: string } {
  const framed = prepareMarkup(markup);
  const full = parseHTML(framed).document.documentElement as unknown as DomNode;
  const light = parseLight(framed).documentElement!;
  const wrap = (root: DomNode) => ({ firstChild: root }) as unknown as DomNode;
  return { linkedom: outline(wrap(full), { text }), light: outline(wrap(light), { text }) };
}

describe('parseLight builds the tree linkedom builds from the same markup', () => {
  it('on our fixtures and the LBC page', () => {
    for (const c of allCases()) {
      const { linkedom, light } = bothTrees(decodeBytes(c.bytes).text);
      expect(light, c.name).toBe(linkedom);
    }
  });

  it.each([
    ['implied closes: a block closes an open <p>, <li> an open <li>, <td> an open <td>', '<p>a<div>b</div><ul><li>1<li>2</ul><table><tr><td>x<td>y</table>'],
    ['an implied close only while the element is on top', '<p>a<span>b<div>c</div></span></p>'],
    ['a close tag closes up to the nearest open element of its name', '<div><span><b>x</div>y'],
    ['a stray </p> makes an empty paragraph, </br> a line break', 'a</p>b</br>c'],
    ['raw text in script, style, textarea and title', '<script type="application/ld+json">{"a":"<p>"}</script><textarea><b>x</b></textarea><title>t &amp; <i>u</i></title>'],
    ['comments, CDATA, bogus comments and declarations', '<p>a<!-->b<!--->c<!-- d -->e<![CDATA[f]]>g</3>h<!x>i<?pi?>j</p>'],
    ['"</>" and "<" that opens nothing are text', '<p>a </> b < c <3 d</p>'],
    ['self-closing only in foreign content', '<div/>x<math><mi/>y<mo/></math>z<span/>w'],
    ['odd attributes: unquoted, empty, repeated, slash, quotes holding ">"', '<a href=x/y title="a>b" title=c data-x =  "1" hidden/ class=\'k\'>t</a>'],
    ['a tag cut off by the end of the input is dropped', '<p>a<img src="x'],
    ['upper-case tags and attribute names', '<DIV Class="a" CLASS="b"><P>x</P></DIV>'],
  ])('%s', (_, markup) => {
    const { linkedom, light } = bothTrees(markup);
    expect(light).toBe(linkedom);
  });

  it('on random hostile markup (structure and attributes; text aside, as entity decoding is simpler here)', () => {
    fc.assert(
      fc.property(hostileHtml, (markup) => {
        let trees;
        try {
          trees = bothTrees(markup, false);
        } catch {
          return; // refused as too deep: neither tree is built
        }
        expect(trees.light).toBe(trees.linkedom);
      }),
      { numRuns: 300 },
    );
  });
});
