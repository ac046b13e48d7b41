/**
 * Cutting removed furniture out of the markup, so the full DOM is built without it. Each
 * element the boilerplate filter removed from the light tree (outermost ones only, in
 * document order) is, by what metadata extraction needs of it:
 * - deleted, when it holds nothing metadata reads;
 * - kept whole with a cut mark, when it is, or sits inside, an element metadata reads
 *   (a byline's text includes a removed label inside it);
 * - replaced by a marked stand-in of its own name holding only the metadata elements found
 *   inside it, each under bare copies of its ancestors up to the removed element, so it is
 *   nested (and inside `<article>` or not) exactly as before.
 * Marked elements are removed from the full DOM once metadata has been read
 * (dropCutMarks in load-document.ts), which leaves the tree the filter left in the light one.
 */
import type { TreeElement } from './dom.js';
import { LightElement, type LightNode } from './light-dom.js';

/** The attribute that marks furniture kept only until metadata has been read. */
export const CUT_MARK = 'data-midad-cut';

/** What metadata extraction reads (see metadata-elements.ts). */
export type MetadataTest = (el: TreeElement) => boolean;

/** The outermost elements under `root` that metadata reads, in document order. */
function metadataInside(root: LightElement, isMetadata: MetadataTest): LightElement[] {
  const found: LightElement[] = [];
  let node: LightNode | null = root.firstChild;
  while (node) {
    if (node instanceof LightElement) {
      if (isMetadata(node)) found.push(node);
      else if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return found;
}

/** Whether the element or one of its ancestors is read by metadata extraction. */
function inMetadata(el: LightElement, isMetadata: MetadataTest): boolean {
  for (let n: LightElement | null = el; n; n = n.owner instanceof LightElement ? n.owner : null) if (isMetadata(n)) return true;
  return false;
}

/** The markup of one metadata element inside a stand-in, under copies of its ancestors below `top`. */
function keptInside(src: string, top: LightElement, el: LightElement): string {
  const chain: string[] = [];
  for (let p = el.owner; p instanceof LightElement && p !== top; p = p.owner) chain.push(p.localName);
  chain.reverse();
  // An element its own close tag did not end is closed explicitly: the next piece must not land inside it.
  const own = src.slice(el.start, el.end) + (el.closed ? '' : `</${el.localName}>`);
  return chain.map((n) => `<${n}>`).join('') + own + [...chain].reverse().map((n) => `</${n}>`).join('');
}

/** Marks an element by its opening tag (right after the name). */
function marked(src: string, el: LightElement): string {
  const at = el.start + 1 + el.localName.length;
  return `${src.slice(el.start, at)} ${CUT_MARK}${src.slice(at, el.end)}`;
}

/** The markup with the removed elements cut as described above. */
export function cutMarkup(src: string, removed: readonly LightElement[], isMetadata: MetadataTest): string {
  const parts: string[] = [];
  let at = 0;
  const ordered = [...removed].sort((a, b) => a.start - b.start);
  for (const el of ordered) {
    if (el.start < at) continue; // inside a span already handled
    parts.push(src.slice(at, el.start));
    at = el.end;
    // An element made by a stray close tag (`</p>`, `</br>`) is empty: nothing to keep.
    if (src.charCodeAt(el.start + 1) === 47) continue;
    const before = src.charCodeAt(el.start - 1);
    // Deleting right after a stray "<" or "&" could make a tag or an entity of what follows.
    if (inMetadata(el, isMetadata) || before === 60 || before === 38) {
      parts.push(marked(src, el));
      continue;
    }
    const kept = metadataInside(el, isMetadata);
    if (!kept.length) continue;
    parts.push(`<${el.localName} ${CUT_MARK}>`, ...kept.map((k) => keptInside(src, el, k)), `</${el.localName}>`);
  }
  parts.push(src.slice(at));
  return parts.join('');
}
