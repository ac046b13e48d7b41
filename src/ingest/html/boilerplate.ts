/**
 * The boilerplate filter: one walk over the page that removes furniture according to the
 * rules in boilerplate-rules.ts, before readability scores what is left (so share bars,
 * comments and related lists can neither win nor be kept as "siblings" of the article).
 */
import {
  BODY_CONTAINER_RE,
  BOX_TITLES,
  CLASS_RULES,
  DROP_TAGS,
  DROP_TAGS_OUTSIDE,
  HIDDEN_CLASS_TOKENS,
  HIDDEN_STYLE_RE,
  PHRASE_RULES,
  PROSE_GUARD,
  PROTECTED_TAGS,
  SHOWN_AGAIN_RE,
  type ClassRule,
} from './boilerplate-rules.js';
import { attr, closest, isElement, shortText, walkElements, type DomNode, type TreeElement } from './dom.js';
import { compareKey } from './text.js';
import { isVideoSrc } from './video-rules.js';

/** What the filter removed (count by rule) and the shape of what it kept. */
export interface PruneReport {
  removed: Record<string, number>;
  /** Elements left under the root. */
  elements: number;
  /** Depth of the deepest element left, and that element (for messages). */
  maxDepth: number;
  deepest: TreeElement | null;
}

const EMBED_TAGS = new Set(['iframe', 'embed', 'object']);
const BOX_TAGS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'table']);
const BOX_TITLE_KEYS = new Set(BOX_TITLES.map(compareKey));
// A box title is a short heading; longer first lines are content.
const MAX_BOX_TITLE_CHARS = 40;
// aria-hidden is also put on decorative wrappers; only small ones are surely furniture.
const MAX_ARIA_HIDDEN_CHARS = 200;

// Every name BODY_CONTAINER_RE matches holds one of these words: most classes need no more than this test.
const BODY_CONTAINER_WORD_RE = /body|content|text|longdesc/i;
const bodyName = (name: string | null) => !!name && BODY_CONTAINER_WORD_RE.test(name) && BODY_CONTAINER_RE.test(name.toLowerCase());

/** Whether an element is, or is marked as, the article body's container (class and id may be passed when already read). */
export function isBodyContainer(el: TreeElement, cls = attr(el, 'class'), id = attr(el, 'id')): boolean {
  if ((el.getAttribute('itemprop') ?? '').toLowerCase() === 'articlebody') return true;
  return bodyName(cls) || bodyName(id);
}

/**
 * Per-walk state. Guards look into subtrees, and on hostile pages (the same furniture class
 * nested thousands deep) that would be quadratic: which elements hold the article body is
 * computed once for the whole page, and prose checks share a budget of element visits.
 */
interface PruneContext {
  root: DomNode;
  bodyHolders: Set<DomNode> | null;
  proseBudget: number;
}

/** Elements that are, or contain, an article or marked body container (computed on first use). */
function bodyHolders(ctx: PruneContext): Set<DomNode> {
  if (ctx.bodyHolders) return ctx.bodyHolders;
  const holders = new Set<DomNode>();
  walkElements<TreeElement>(ctx.root, (d) => {
    if (PROTECTED_TAGS.has(d.localName) || isBodyContainer(d)) {
      for (let n: DomNode | null = d; n && n !== ctx.root && !holders.has(n); n = n.parentNode) holders.add(n);
    }
    return 'enter';
  });
  ctx.bodyHolders = holders;
  return holders;
}

function containsBody(el: TreeElement, ctx: PruneContext): boolean {
  return bodyHolders(ctx).has(el);
}

function isHidden(el: TreeElement, cls: string | null): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE_RE.test(style)) return true;
  if (cls) {
    const lower = cls.toLowerCase();
    if (lower.split(/\s+/).some((t) => HIDDEN_CLASS_TOKENS.has(t)) && !SHOWN_AGAIN_RE.test(lower)) return true;
  }
  return el.getAttribute('aria-hidden') === 'true' && shortText(el, MAX_ARIA_HIDDEN_CHARS) !== null;
}

/** Text of the links inside an element. */
function linkChars(el: TreeElement): number {
  let n = 0;
  walkElements<TreeElement>(el, (d) => {
    if (d.localName !== 'a') return 'enter';
    n += (d.textContent ?? '').length;
    return 'skip';
  });
  return n;
}

/** Whether an element holds the article's prose: several long paragraphs that are not link lists. */
function holdsProse(el: TreeElement, ctx: PruneContext): boolean {
  let paragraphs = 0;
  let chars = 0;
  // Out of budget, assume prose: keeping furniture is the safe mistake.
  if (ctx.proseBudget <= 0) return true;
  walkElements<TreeElement>(el, (d) => {
    if (--ctx.proseBudget <= 0) {
      paragraphs = PROSE_GUARD.paragraphs;
      chars = PROSE_GUARD.totalChars;
      return 'stop';
    }
    if (d.localName !== 'p') return 'enter';
    const len = (d.textContent ?? '').trim().length;
    if (len >= PROSE_GUARD.minParagraphChars && linkChars(d) < len / 2) {
      paragraphs++;
      chars += len;
    }
    return paragraphs >= PROSE_GUARD.paragraphs && chars >= PROSE_GUARD.totalChars ? 'stop' : 'skip';
  });
  return paragraphs >= PROSE_GUARD.paragraphs && chars >= PROSE_GUARD.totalChars;
}

function matchingClassRule(cls: string | null, id: string | null): ClassRule | null {
  if (!cls && !id) return null;
  const tokens = `${cls ?? ''} ${id ?? ''}`.toLowerCase().split(/\s+/);
  for (const rule of CLASS_RULES) {
    for (const t of tokens) if (t && rule.pattern.test(t)) return rule;
  }
  return null;
}

function firstElementChild(el: TreeElement): TreeElement | null {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement<TreeElement>(c)) return c;
  return null;
}

/** A class-less box announced by its first child's title («اقرأ أيضاً», «الأكثر قراءة»). */
function isTitledBox(el: TreeElement): boolean {
  if (!BOX_TAGS.has(el.localName)) return false;
  const first = firstElementChild(el);
  const title = first ? shortText(first, MAX_BOX_TITLE_CHARS) : null;
  return !!title && BOX_TITLE_KEYS.has(compareKey(title));
}

const TITLE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'strong', 'b', 'span', 'div']);
const LIST_TAGS = new Set(['ul', 'ol', 'div', 'section', 'table']);
// Element visits all prose checks of one page may make together (a real page needs a few thousand).
const PROSE_BUDGET = 200_000;
// A list whose text is mostly links is a list of other articles.
const LINK_LIST_DENSITY = 0.6;

function nextElementSibling(el: TreeElement): TreeElement | null {
  for (let c = el.nextSibling; c; c = c.nextSibling) if (isElement<TreeElement>(c)) return c;
  return null;
}

/**
 * A bare box title followed by a list of links («<p><b>اقرأ أيضاً</b></p><ul><li><a>…»):
 * the list to drop along with its title, or null.
 */
function titledLinkList(el: TreeElement, ctx: PruneContext): TreeElement | null {
  if (!TITLE_TAGS.has(el.localName)) return null;
  const title = shortText(el, MAX_BOX_TITLE_CHARS);
  if (!title || !BOX_TITLE_KEYS.has(compareKey(title))) return null;
  const next = nextElementSibling(el);
  if (!next || !LIST_TAGS.has(next.localName)) return null;
  const len = (next.textContent ?? '').trim().length;
  return len > 0 && linkChars(next) >= len * LINK_LIST_DENSITY && !containsBody(next, ctx) ? next : null;
}

/** The verdict for one element: the rule that removes it, or null to keep it. */
function verdict(el: TreeElement, ctx: PruneContext): string | null {
  const tag = el.localName;
  if (EMBED_TAGS.has(tag)) return isVideoSrc(el.getAttribute('src') ?? el.getAttribute('data') ?? el.getAttribute('data-src')) ? null : 'embed';
  if (DROP_TAGS.has(tag)) return `tag:${tag}`;
  const keepInside = DROP_TAGS_OUTSIDE.get(tag);
  if (keepInside && !closest<TreeElement>(el.parentNode, keepInside)) return `tag:${tag}`;
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  if (isHidden(el, cls)) return 'hidden';
  if (PROTECTED_TAGS.has(tag) || isBodyContainer(el, cls, id)) return null;
  if (isTitledBox(el) && !containsBody(el, ctx)) return 'box-title';
  const rule = matchingClassRule(cls, id);
  if (!rule) return null;
  if (rule.maxChars !== undefined && shortText(el, rule.maxChars) === null) return null;
  if (containsBody(el, ctx) || (!rule.evenWithProse && holdsProse(el, ctx))) return null;
  return rule.name;
}

/** Removes furniture under `root` in place; reports what was removed and what is left. */
export function pruneBoilerplate(root: DomNode): PruneReport {
  const report: PruneReport = { removed: {}, elements: 0, maxDepth: 0, deepest: null };
  // Elements condemned by an earlier sibling are removed when the walk reaches them:
  // removing a node ahead of the walk would send it into a detached subtree.
  const condemned = new Set<TreeElement>();
  const ctx: PruneContext = { root, bodyHolders: null, proseBudget: PROSE_BUDGET };
  walkElements<TreeElement>(root, (el, depth) => {
    let rule = condemned.has(el) ? 'box-list' : verdict(el, ctx);
    if (!rule) {
      const list = titledLinkList(el, ctx);
      if (list) {
        condemned.add(list);
        rule = 'box-title';
      }
    }
    if (!rule) {
      report.elements++;
      if (depth > report.maxDepth) {
        report.maxDepth = depth;
        report.deepest = el;
      }
      return 'enter';
    }
    report.removed[rule] = (report.removed[rule] ?? 0) + 1;
    el.remove();
    return 'skip';
  });
  return report;
}

const PHRASES = PHRASE_RULES.map((r) => ({ key: compareKey(r.phrase), maxChars: r.maxChars }));
const LONGEST_PHRASE_LINE = Math.max(...PHRASES.map((p) => p.maxChars));

/** Whether a line of body text is furniture by its opening phrase («اقرأ أيضاً: …»). */
export function isFurnitureLine(text: string): boolean {
  // Paragraphs of prose are longer than any furniture line: no key to compute for them.
  if (text.length > LONGEST_PHRASE_LINE) return false;
  const key = compareKey(text);
  for (const p of PHRASES) {
    if (text.length <= p.maxChars && (key === p.key || key.startsWith(`${p.key} `))) return true;
  }
  return false;
}
