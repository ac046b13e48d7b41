/**
 * A printable outline of a DOM or light tree (element names, sorted attributes, runs of
 * text, comments), for tests that hold two trees equal. Adjacent text nodes are one run:
 * parsers split text at entities differently, and only the text matters. Not a test file.
 */
import { isElement, TEXT_NODE, type DomNode, type TreeElement } from '../../../src/ingest/html/dom.js';

const COMMENT_NODE = 8;

/** Attribute names of an element, read from linkedom's `attributes` or the light tree's list. */
function attributeNames(el: TreeElement): string[] {
  const dom = (el as unknown as { attributes?: Iterable<{ name: string }> }).attributes;
  if (dom) return [...dom].map((a) => a.name);
  const light = (el as unknown as { attrs: string[] }).attrs;
  return light.filter((_, i) => i % 2 === 0);
}

/** The outline of everything under `root`; `text: false` leaves text out (where entity decoding may differ). */
export function outline(root: DomNode, options: { text?: boolean } = {}): string {
  const lines: string[] = [];
  const walk = (parent: DomNode, depth: number) => {
    let run: string | null = null;
    const flush = () => {
      if (run !== null) lines.push(`${'  '.repeat(depth)}"${options.text === false ? '…' : run}"`);
      run = null;
    };
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        run = (run ?? '') + (n.textContent ?? '');
        continue;
      }
      flush();
      if (n.nodeType === COMMENT_NODE) lines.push(`${'  '.repeat(depth)}<!---->`);
      else if (isElement<TreeElement>(n)) {
        const attrs = attributeNames(n).sort().map((a) => ` ${a}="${n.getAttribute(a)}"`).join('');
        lines.push(`${'  '.repeat(depth)}<${n.localName}${attrs}>`);
        walk(n, depth + 1);
      }
    }
    flush();
  };
  walk(root, 0);
  return lines.join('\n');
}
