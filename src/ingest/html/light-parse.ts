/**
 * The light parser: markup → light tree (light-dom.ts). It builds the tree htmlparser2
 * (linkedom's parser) builds from the same markup, following the rules in tree-rules.ts and
 * htmlparser2's tokenizer where pages are odd:
 * - a tag name starts with an ASCII letter; `<` before anything else is text;
 * - attribute names keep their case, the first of a repeated name wins, and a quoted value
 *   runs to its closing quote whatever it holds;
 * - `</` + letter is a close tag (anything after its name up to `>` is skipped); `</>` is
 *   text; `</` + other is a bogus comment;
 * - `<!--` comments end at the first `-->` counting from the second dash (`<!-->` is a whole
 *   comment); `<![CDATA[…]]>` is a comment; other `<!…>` and `<?…>` make no node;
 * - script, style, title, textarea and xmp hold raw text up to their close tag;
 * - a tag cut off by the end of the input is dropped.
 * One forward scan; text runs are found with indexOf, so the cost is mostly the tags.
 */
import { LightComment, LightDocument, LightElement, LightText, type LightParent, type MarkupText } from './light-dom.js';
import { FOREIGN_ELEMENTS, INTEGRATION_ELEMENTS, OPEN_IMPLIES_CLOSE, RAW_TEXT_ELEMENTS, VOID_ELEMENTS } from './tree-rules.js';

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const DASH = 45;
const OPEN_BRACKET = 91;
const CDATA_OPENING = 'CDATA[';

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const endsTagSection = (c: number) => c === SLASH || c === GT || isSpace(c);

/** The end of each raw-text element: its close tag name followed by white space or `>`, any case. */
const RAW_TEXT_END = new Map([...RAW_TEXT_ELEMENTS.keys()].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r >]`, 'gi')]));

/** An opening tag's attributes, where it ends, and whether it ended with `/>`. */
interface OpenTag {
  attrs: string[];
  end: number;
  selfClosing: boolean;
}

/** Adds an attribute unless one of that name came first (the first wins). */
function addAttribute(attrs: string[], name: string, value: string): void {
  for (let k = 0; k < attrs.length; k += 2) if (attrs[k] === name) return;
  attrs.push(name, value);
}

/** The attributes of a tag that has none (shared: most closing-heavy markup has many). */
const NO_ATTRIBUTES: string[] = [];

/** Reads an opening tag's attributes from `at` (just after its name) to its `>`; null when the input ends first. */
function readAttributes(src: string, at: number): OpenTag | null {
  const n = src.length;
  if (src.charCodeAt(at) === GT) return { attrs: NO_ATTRIBUTES, end: at + 1, selfClosing: false };
  const attrs: string[] = [];
  let i = at;
  for (;;) {
    while (i < n && isSpace(src.charCodeAt(i))) i++;
    if (i >= n) return null;
    const c = src.charCodeAt(i);
    if (c === GT) return { attrs, end: i + 1, selfClosing: false };
    if (c === SLASH) {
      // After "/", white space is skipped; ">" closes the tag, anything else starts over as an attribute.
      i++;
      while (i < n && isSpace(src.charCodeAt(i))) i++;
      if (i >= n) return null;
      if (src.charCodeAt(i) === GT) return { attrs, end: i + 1, selfClosing: true };
      continue;
    }
    // A name's first character is taken whatever it is (even "="); it ends at "=", "/", ">" or white space.
    const nameStart = i++;
    while (i < n && src.charCodeAt(i) !== EQUALS && !endsTagSection(src.charCodeAt(i))) i++;
    const name = src.slice(nameStart, i);
    while (i < n && isSpace(src.charCodeAt(i))) i++;
    if (i >= n) return null;
    if (src.charCodeAt(i) !== EQUALS) {
      addAttribute(attrs, name, '');
      continue;
    }
    i++;
    while (i < n && isSpace(src.charCodeAt(i))) i++;
    if (i >= n) return null;
    const q = src.charCodeAt(i);
    if (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) {
      const close = src.indexOf(q === DOUBLE_QUOTE ? '"' : "'", i + 1);
      if (close === -1) return null;
      addAttribute(attrs, name, src.slice(i + 1, close));
      i = close + 1;
    } else {
      const start = i;
      while (i < n && !isSpace(src.charCodeAt(i)) && src.charCodeAt(i) !== GT) i++;
      if (i >= n) return null;
      addAttribute(attrs, name, src.slice(start, i));
    }
  }
}

/** The tree under construction: the stack of open elements and the foreign-content stack. */
class Builder {
  readonly doc: LightDocument;
  private readonly stack: LightElement[] = [];
  private readonly foreign: boolean[] = [false];
  /** Where the text not yet given a node starts. */
  textStart = 0;

  constructor(
    private readonly src: string,
    text?: MarkupText,
  ) {
    this.doc = new LightDocument(src, text);
  }

  private current(): LightParent {
    return this.stack[this.stack.length - 1] ?? this.doc;
  }

  /** Gives the pending text up to `end` a node (raw: entities not decoded). */
  text(end: number, raw = false): void {
    if (end > this.textStart) this.current().append(new LightText(this.doc, this.textStart, end, raw));
  }

  comment(): void {
    this.current().append(new LightComment());
  }

  private closeTop(end: number, closed: boolean): void {
    const el = this.stack.pop()!;
    el.end = end;
    el.closed = closed;
  }

  /** An opening tag spanning [start, tag.end). */
  open(name: string, start: number, tag: OpenTag): LightElement {
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) while (this.stack.length && implied.has(this.stack[this.stack.length - 1]!.localName)) this.closeTop(start, false);
    const parent = this.current();
    const el = new LightElement(this.doc, name, tag.attrs, start, tag.end, parent);
    parent.append(el);
    if (VOID_ELEMENTS.has(name)) {
      el.closed = true;
      return el;
    }
    this.stack.push(el);
    if (FOREIGN_ELEMENTS.has(name)) this.foreign.push(true);
    else if (INTEGRATION_ELEMENTS.has(name)) this.foreign.push(false);
    // `/>` ends an element only in foreign content (and, like htmlparser2, leaves that context open).
    if (tag.selfClosing && this.foreign[this.foreign.length - 1]) this.closeTop(tag.end, true);
    return el;
  }

  /** A close tag spanning [start, end). */
  close(name: string, start: number, end: number): void {
    if (FOREIGN_ELEMENTS.has(name) || INTEGRATION_ELEMENTS.has(name)) this.foreign.pop();
    if (VOID_ELEMENTS.has(name)) {
      // `</br>` is a line break; other void close tags mean nothing.
      if (name === 'br') this.open('br', start, { attrs: [], end, selfClosing: false });
      return;
    }
    let pos = this.stack.length - 1;
    while (pos >= 0 && this.stack[pos]!.localName !== name) pos--;
    if (pos >= 0) {
      while (this.stack.length - 1 > pos) this.closeTop(start, false);
      this.closeTop(end, true);
    } else if (name === 'p') {
      // A `</p>` with no open paragraph makes an empty one.
      this.open('p', start, { attrs: [], end, selfClosing: false });
      this.closeTop(end, true);
    }
  }

  /** Closes whatever is still open at the end of the input. */
  finish(): LightDocument {
    while (this.stack.length) this.closeTop(this.src.length, false);
    return this.doc;
  }
}

/** Reads a raw-text element's content from `from`; returns where parsing resumes. */
function rawText(b: Builder, src: string, name: string, from: number): number {
  const decoded = RAW_TEXT_ELEMENTS.get(name)!.decoded;
  const endRe = RAW_TEXT_END.get(name)!;
  endRe.lastIndex = from;
  const m = endRe.exec(src);
  b.textStart = from;
  if (!m) {
    b.text(src.length, !decoded);
    return (b.textStart = src.length);
  }
  b.text(m.index, !decoded);
  const nameEnd = m.index + 2 + name.length;
  const gt = src.charCodeAt(nameEnd) === GT ? nameEnd : src.indexOf('>', nameEnd);
  const end = gt === -1 ? src.length : gt + 1;
  b.close(name, m.index, end);
  return (b.textStart = end);
}

/** Reads `<!…>` at `lt`; returns where parsing resumes, or -1 when the rest of the input was consumed. */
function declaration(b: Builder, src: string, lt: number): number {
  const n = src.length;
  // At the end of the input, an unfinished declaration is text from after "<!".
  const unfinished = () => {
    b.textStart = lt + 2;
    return -1;
  };
  const c = src.charCodeAt(lt + 2);
  if (lt + 2 >= n) return unfinished();
  if (c === OPEN_BRACKET) {
    let k = 0;
    while (k < CDATA_OPENING.length && src.charCodeAt(lt + 3 + k) === CDATA_OPENING.charCodeAt(k)) k++;
    if (k === CDATA_OPENING.length) {
      b.comment();
      const close = src.indexOf(']]>', lt + 3 + k);
      if (close === -1) return (b.textStart = n), -1;
      return close + 3;
    }
    if (lt + 3 + k >= n) return unfinished();
    const gt = src.indexOf('>', lt + 3 + k);
    return gt === -1 ? unfinished() : gt + 1;
  }
  if (c === DASH) {
    if (lt + 3 >= n) return unfinished();
    if (src.charCodeAt(lt + 3) === DASH) {
      b.comment();
      const close = src.indexOf('-->', lt + 2);
      if (close === -1) return (b.textStart = n), -1;
      return close + 3;
    }
    // "<!-x…>": the character after the dash is taken without being looked at.
    const gt = src.indexOf('>', lt + 4);
    return gt === -1 ? unfinished() : gt + 1;
  }
  // "<!x…>" (a doctype): the character after "!" is taken without being looked at.
  const gt = src.indexOf('>', lt + 3);
  return gt === -1 ? unfinished() : gt + 1;
}

/** Skips `<?…>` at `lt` (no node); returns where parsing resumes, or -1 at the end of the input. */
function instruction(b: Builder, src: string, lt: number): number {
  const gt = src.indexOf('>', lt + 2);
  if (gt !== -1) return gt + 1;
  b.textStart = lt + 2;
  return -1;
}

/** Reads `</…` at `lt` (setting where text resumes); returns where parsing resumes, or -1 when the rest of the input was consumed. */
function closeTag(b: Builder, src: string, lt: number): number {
  const n = src.length;
  let j = lt + 2;
  while (j < n && isSpace(src.charCodeAt(j))) j++;
  if (j >= n) return (b.textStart = lt), -1;
  const c = src.charCodeAt(j);
  if (c === GT) {
    // "</>" starts a text node.
    b.textStart = lt;
    return j + 1;
  }
  if (!isLetter(c)) {
    const gt = src.indexOf('>', j);
    if (gt === -1) return (b.textStart = j), -1;
    b.comment();
    return (b.textStart = gt + 1);
  }
  let k = j + 1;
  while (k < n && !isSpace(src.charCodeAt(k)) && src.charCodeAt(k) !== GT) k++;
  if (k >= n) return (b.textStart = n), -1;
  const gt = src.charCodeAt(k) === GT ? k : src.indexOf('>', k);
  const end = gt === -1 ? n : gt + 1;
  b.close(src.slice(j, k).toLowerCase(), lt, end);
  b.textStart = end;
  return gt === -1 ? -1 : end;
}

/** Parses markup into a light tree, shaped as linkedom would shape it; `text` reads pieces of `src` as text (see LightDocument). */
export function parseLight(src: string, text?: MarkupText): LightDocument {
  const b = new Builder(src, text);
  const n = src.length;
  let i = 0;
  for (;;) {
    const lt = src.indexOf('<', i);
    if (lt === -1) break;
    const c = src.charCodeAt(lt + 1);
    if (isLetter(c)) {
      let j = lt + 2;
      while (j < n && !endsTagSection(src.charCodeAt(j))) j++;
      const tag = j < n ? readAttributes(src, j) : null;
      b.text(lt);
      if (!tag) {
        b.textStart = n;
        break;
      }
      const name = src.slice(lt + 1, j).toLowerCase();
      b.open(name, lt, tag);
      i = b.textStart = tag.end;
      if (RAW_TEXT_ELEMENTS.has(name) && !tag.selfClosing) i = rawText(b, src, name, tag.end);
      continue;
    }
    if (c !== SLASH && c !== BANG && c !== QUESTION) {
      i = lt + 1; // "<" that opens nothing is text
      continue;
    }
    b.text(lt);
    if (c === SLASH) i = closeTag(b, src, lt);
    else {
      i = c === BANG ? declaration(b, src, lt) : instruction(b, src, lt);
      if (i !== -1) b.textStart = i;
    }
    if (i === -1) break;
  }
  b.text(n);
  return b.finish();
}
