/**
 * Trusting the site's own markup after readability: when readability's result contains
 * containers the site marks as the article body (`itemprop=articleBody`, `.article-body`,
 * `#articleBody`…) and they hold most of its text, only they are converted. Readability
 * sometimes appends sibling blocks it scores well (a comment thread under an unusual
 * class); a site that names its body container is the better judge of where it ends.
 */
import { isBodyContainer } from './boilerplate.js';
import { walkElements, type DomElement } from './dom.js';

// Below this share of the text, the marked containers are only part of the article
// (a body split around an ad, an intro outside the container): keep readability's choice.
const MIN_SHARE = 0.5;

/** The roots to convert: the outermost marked body containers when they hold most of the text, else `root`. */
export function markedBodyRoots(root: DomElement): DomElement[] {
  const marked: DomElement[] = [];
  walkElements(root, (el) => {
    if (!isBodyContainer(el)) return 'enter';
    marked.push(el);
    return 'skip';
  });
  if (!marked.length) return [root];
  const total = (root.textContent ?? '').trim().length;
  const inside = marked.reduce((n, el) => n + (el.textContent ?? '').trim().length, 0);
  return total > 0 && inside >= total * MIN_SHARE ? marked : [root];
}
