/**
 * The light tree: the page as element names, attributes and text spans, each element
 * knowing where it sits in the markup. It is what the boilerplate filter runs on before the
 * full DOM exists (prefilter.ts): building it costs a fraction of linkedom's parse, whose
 * every node carries an event-target record the garbage collector must trace. Elements
 * implement TreeElement, so pruneBoilerplate runs on them unchanged.
 *
 * Text and attribute values are decoded when read: from the page's charset when the source
 * is its bytes, then with decodeEntities (numeric references and the common named ones).
 * linkedom knows every HTML entity; the rare others stay raw here, which
 * can only shift a length the filter compares with a threshold, never the text imported
 * (that is always read from the full DOM).
 */
import { ELEMENT_NODE, TEXT_NODE, type DomNode, type TreeElement } from './dom.js';
import { decodeEntities } from './text.js';

const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;

// Class fields with initialisers on purpose: measured, they build these nodes (thousands a
// page) about ten times faster than `declare`d fields assigned in constructors.

/** A node of the light tree. */
export abstract class LightNode implements DomNode {
  abstract readonly nodeType: number;
  parentNode: LightParent | null = null;
  nextSibling: LightNode | null = null;
  previousSibling: LightNode | null = null;

  /** Children are only on elements and the document. */
  get firstChild(): LightNode | null {
    return null;
  }

  abstract get textContent(): string | null;

  /** Takes the node out of its parent's children. */
  remove(): void {
    const parent = this.parentNode;
    if (!parent) return;
    if (this.previousSibling) this.previousSibling.nextSibling = this.nextSibling;
    else parent.first = this.nextSibling;
    if (this.nextSibling) this.nextSibling.previousSibling = this.previousSibling;
    else parent.last = this.previousSibling;
    this.parentNode = this.nextSibling = this.previousSibling = null;
  }
}

/** A node that has children: an element or the document. */
export abstract class LightParent extends LightNode {
  first: LightNode | null = null;
  last: LightNode | null = null;

  override get firstChild(): LightNode | null {
    return this.first;
  }

  /** Appends a child (parsing only builds forward). */
  append(child: LightNode): void {
    child.parentNode = this;
    child.previousSibling = this.last;
    if (this.last) this.last.nextSibling = child;
    else this.first = child;
    this.last = child;
  }

  /** The text of the text nodes below, in order (comments say nothing, as in the DOM). */
  get textContent(): string {
    let out = '';
    let node: LightNode | null = this.first;
    while (node) {
      if (node instanceof LightText) out += node.textContent;
      else if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== this && !node.nextSibling) node = node.parentNode;
      node = node && node !== this ? node.nextSibling : null;
    }
    return out;
  }
}

/** A text node: a span of the markup, decoded when read (raw inside script and style). */
export class LightText extends LightNode {
  readonly nodeType = TEXT_NODE;
  constructor(
    private readonly tree: LightDocument,
    readonly start: number,
    readonly end: number,
    private readonly raw: boolean,
  ) {
    super();
  }

  get textContent(): string {
    const text = this.tree.text(this.tree.source.slice(this.start, this.end));
    return this.raw ? text : decodeEntities(text);
  }
}

/** A comment (or what the parser turns into one: `</3>`, CDATA in HTML). */
export class LightComment extends LightNode {
  readonly nodeType = COMMENT_NODE;

  get textContent(): string {
    return '';
  }
}

/** An element, with the span of the markup it came from. */
export class LightElement extends LightParent implements TreeElement {
  readonly nodeType = ELEMENT_NODE;
  /** Where its markup ends (after its close tag, or where something else closed it). */
  end: number;
  /** Whether its own close tag (or its being void) ended it, rather than another tag or the end of input. */
  closed = false;
  /** Its parent when parsed: kept after removal, so the cut can still look at its ancestors. */
  readonly owner: LightParent;
  /** The class attribute once read (undefined: not read yet). */
  private className: string | null | undefined = undefined;
  /** The id attribute once read (undefined: not read yet). */
  private idName: string | null | undefined = undefined;

  constructor(
    private readonly tree: LightDocument,
    readonly localName: string,
    /** Attribute names (as written) and raw values, alternating; the first of a repeated name wins. */
    private readonly attrs: string[],
    /** Where its opening tag starts. */
    readonly start: number,
    /** Where its opening tag ends. */
    readonly openEnd: number,
    owner: LightParent,
  ) {
    super();
    this.end = openEnd;
    this.owner = owner;
  }

  getAttribute(name: string): string | null {
    // The filter reads the class and id of most elements several times: decoded (and tokenised) once.
    if (name === 'class') return this.className === undefined ? (this.className = this.readAttribute(name)) : this.className;
    if (name === 'id') return this.idName === undefined ? (this.idName = this.readAttribute(name)) : this.idName;
    return this.readAttribute(name);
  }

  private readAttribute(name: string): string | null {
    for (let i = 0; i < this.attrs.length; i += 2) {
      if (this.attrs[i] === name) {
        const raw = this.tree.text(this.attrs[i + 1]!);
        const v = raw.includes('&') ? decodeEntities(raw) : raw;
        return name === 'class' ? classTokens(v) : v;
      }
    }
    return null;
  }

  getAttributeNode(name: string): { readonly value: string } | null {
    const value = this.getAttribute(name);
    return value === null ? null : { value };
  }

  hasAttribute(name: string): boolean {
    for (let i = 0; i < this.attrs.length; i += 2) if (this.attrs[i] === name) return true;
    return false;
  }

  /** Removes the element and notes it, in order, for the cut. */
  override remove(): void {
    if (this.parentNode) this.tree.removed.push(this);
    super.remove();
  }
}

/** Markup → text: how pieces of the source read as text (the identity when the source is text already). */
export type MarkupText = (piece: string) => string;

/**
 * The document: its root element and the elements removed from it so far. Its source may be
 * the page's bytes read as Latin-1 (see page-markup.ts); `text` decodes a piece of it.
 */
export class LightDocument extends LightParent {
  readonly nodeType = DOCUMENT_NODE;
  /** Elements removed (by the boilerplate filter), in the order of removal. */
  readonly removed: LightElement[] = [];

  constructor(
    readonly source: string,
    readonly text: MarkupText = (piece) => piece,
  ) {
    super();
  }

  /** The first element child, as linkedom's documentElement. */
  get documentElement(): LightElement | null {
    return firstElementOf(this);
  }

  /** `<body>`: found where linkedom looks for it, the element right after `<head>`. */
  get body(): LightElement | null {
    const html = this.documentElement;
    const head = html ? firstElementOf(html) : null;
    if (head?.localName !== 'head') return null;
    let next = head.nextSibling;
    while (next && !(next instanceof LightElement)) next = next.nextSibling;
    return next?.localName === 'body' ? next : null;
  }
}

const WHITE_SPACE_RE = /\s/;

/** A class attribute as linkedom keeps it: its tokens, each once, joined by one space. */
function classTokens(value: string): string {
  if (!WHITE_SPACE_RE.test(value)) return value;
  return [...new Set(value.split(/\s+/).filter(Boolean))].join(' ');
}

function firstElementOf(parent: LightParent): LightElement | null {
  for (let c = parent.firstChild; c; c = c.nextSibling) if (c instanceof LightElement) return c;
  return null;
}
