/**
 * The small slice of the DOM that the importer uses, so that nothing else depends on
 * linkedom's (or any DOM library's) full types. Walks are iterative on purpose: hostile
 * pages nest tens of thousands of elements deep, and recursion would overflow the stack.
 */

/** A DOM node as the importer sees it. */
export interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  textContent: string | null;
  remove(): void;
}

/**
 * What the boilerplate filter and the locators read of an element: its name, attributes,
 * place in the tree, and removal. The light pre-parse tree (light-dom.ts) offers only this.
 */
export interface TreeElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { readonly value: string } | null;
  hasAttribute(name: string): boolean;
}

/** An element of a full DOM (linkedom): also queries and changes. */
export interface DomElement extends TreeElement {
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
  appendChild(node: DomNode): DomNode;
}

/** A parsed document. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
  createElement(name: string): DomElement;
}

/** Node types the walks distinguish. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Whether a node is an element (of the tree type the caller names; a full DOM's by default). */
export function isElement<E extends TreeElement = DomElement>(node: DomNode | null | undefined): node is E {
  return node?.nodeType === ELEMENT_NODE;
}

/** What a visitor tells the walk: go inside, skip this subtree, or stop altogether. */
export type Visit = 'enter' | 'skip' | 'stop';

/**
 * Pre-order walk of the elements under `root` (root excluded). The next node is taken
 * before the visitor runs, so a visitor may remove the element it is given (return 'skip').
 * The element type is the caller's tree's (a full DOM's by default).
 */
export function walkElements<E extends TreeElement = DomElement>(root: DomNode, visit: (el: E, depth: number) => Visit): void {
  let node: DomNode | null = root.firstChild;
  let depth = 1;
  while (node) {
    const parent: DomNode | null = node.parentNode;
    const sibling: DomNode | null = node.nextSibling;
    if (isElement<E>(node)) {
      const child = node.firstChild;
      const verdict = visit(node, depth);
      if (verdict === 'stop') return;
      // A visitor that removed the element must not lead the walk into the detached subtree.
      if (verdict === 'enter' && child && node.parentNode === parent) {
        node = child;
        depth++;
        continue;
      }
    }
    if (sibling) {
      node = sibling;
      continue;
    }
    // No sibling left: climb to the nearest ancestor (below root) that has one.
    node = null;
    for (let p = parent; p && p !== root; p = p.parentNode) {
      depth--;
      if (p.nextSibling) {
        node = p.nextSibling;
        break;
      }
    }
  }
}

/** Every element under `root` in document order, as an array (safe to mutate while iterating). */
export function elementsUnder(root: DomNode): DomElement[] {
  const out: DomElement[] = [];
  walkElements(root, (el) => {
    out.push(el);
    return 'enter';
  });
  return out;
}

/** The nearest ancestor (or the element itself) with one of these local names. */
export function closest<E extends TreeElement = DomElement>(el: DomNode | null, names: ReadonlySet<string>): E | null {
  for (let n: DomNode | null = el; n; n = n.parentNode) {
    if (isElement<E>(n) && names.has(n.localName)) return n;
  }
  return null;
}

/**
 * An attribute's value. Read through the attribute node: linkedom answers
 * `getAttribute('class')` by building and re-joining a token list each time, which made
 * class reads the single largest cost of a page walk.
 */
export function attr(el: TreeElement, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** Elements at whose edges words separate even when the markup has no white space there. */
const TEXT_BREAK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section',
  'table', 'td', 'th', 'tr', 'ul',
]);
const NO_TEXT_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text of a subtree as a reader sees it: like `textContent`, but block boundaries and
 * `<br>` separate words (`<p>a</p><p>b</p>` reads «a b», not «ab»), and scripts say nothing.
 */
export function blockText(root: DomNode | null): string {
  if (!root) return '';
  const out: string[] = [];
  const edge = (n: DomNode) => {
    if (isElement(n) && TEXT_BREAK_TAGS.has(n.localName)) out.push(' ');
  };
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) out.push(node.textContent ?? '');
    else if (isElement(node) && !NO_TEXT_TAGS.has(node.localName)) {
      edge(node);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    // Advance: the next sibling, or climb, marking the edge of each element left.
    let cur: DomNode | null = node;
    node = null;
    while (cur && cur !== root) {
      edge(cur);
      if (cur.nextSibling) {
        node = cur.nextSibling;
        break;
      }
      cur = cur.parentNode;
    }
  }
  return out.join('');
}

/**
 * A subtree's raw text if it is short: at most `limit` characters, found within a small
 * number of nodes; otherwise null. Tells a label from a container without reading a huge
 * (or hugely nested) subtree: checks like this run on every element of a page.
 */
export function shortText(root: DomNode, limit: number): string | null {
  let out = '';
  let visits = 0;
  const maxVisits = 2 * limit + 16;
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (++visits > maxVisits) return null;
    if (node.nodeType === TEXT_NODE) {
      out += node.textContent ?? '';
      if (out.length > limit) return null;
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    let cur: DomNode | null = node;
    node = null;
    while (cur && cur !== root) {
      if (cur.nextSibling) {
        node = cur.nextSibling;
        break;
      }
      cur = cur.parentNode;
    }
  }
  return out;
}

/**
 * A short CSS-like locator for messages: `article > div.story-body > figure:nth-of-type(2)`,
 * at most `depth` steps up, so errors can name the element.
 */
export function locate(el: TreeElement, depth = 3): string {
  const steps: string[] = [];
  let cur: TreeElement | null = el;
  while (cur && steps.length < depth) {
    const id = cur.getAttribute('id');
    const cls = (attr(cur, 'class') ?? '').trim().split(/\s+/)[0];
    let step = cur.localName + (id ? `#${id}` : cls ? `.${cls}` : '');
    const nth = nthOfType(cur);
    if (nth > 1) step += `:nth-of-type(${nth})`;
    steps.unshift(step);
    if (id) break;
    const parent: DomNode | null = cur.parentNode;
    cur = isElement<TreeElement>(parent) && parent.localName !== 'body' && parent.localName !== 'html' ? parent : null;
  }
  return steps.join(' > ');
}

function nthOfType(el: TreeElement): number {
  const parent = el.parentNode;
  if (!parent) return 1;
  let n = 0;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (isElement<TreeElement>(c) && c.localName === el.localName) n++;
    if (c === el) break;
  }
  return n;
}
