import { key } from './text.js';
import type { PageDraft, RelatedLink } from './types.js';
import type { Warnings } from './warnings.js';

/**
 * Links each card to the page of the same dump with its headline (with or without the card's
 * kicker in front), and joins what only the card shows into that page: section, byline and
 * dateline, kicker, video. The page keeps what it already has; a conflict is a warning.
 */
export function joinCards(pages: PageDraft[], warn: Warnings): RelatedLink[] {
  const byHeadline = new Map<string, number>();
  pages.forEach((p, i) => {
    const k = key(p.article.headline);
    if (!byHeadline.has(k)) byHeadline.set(k, i);
  });
  const links: RelatedLink[] = [];
  pages.forEach((from, f) => {
    from.article.related.forEach((card, c) => {
      const glued = card.kicker ? key(`${card.kicker} ${card.headline}`) : null;
      const to = byHeadline.get(key(card.headline)) ?? (glued === null ? undefined : byHeadline.get(glued));
      if (to === undefined || to === f) return;
      links.push({ from: f, card: c, to });
      const page = pages[to]!.article;
      const line = from.cardLines[c] ?? from.line;
      if (card.kicker && !page.kicker) {
        page.kicker = card.kicker;
        if (key(page.headline) === glued) page.headline = card.headline;
      }
      if (card.section) {
        if (!page.section) page.section = card.section;
        else if (page.section !== card.section) {
          warn.add(line, `card labels its page «${card.section}», another card «${page.section}»`);
        }
      }
      if (card.byline && !page.byline) page.byline = { ...card.byline, authors: [...card.byline.authors] };
      if (card.hasVideo) page.hasVideo = true;
    });
  });
  return links;
}
