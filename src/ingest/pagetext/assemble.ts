import type { RelatedCard } from '../../article/related-card.js';
import { splitCredit } from './credit.js';
import { captionText } from './evidence.js';
import { headlineKeys, splitKicker } from './kicker.js';
import type { ModuleRead } from './module.js';
import { key } from './text.js';
import type { PageDraft, PageRead } from './types.js';
import type { Warnings } from './warnings.js';

/**
 * Builds each page's article from its header, body and cards (`cards` holds every module's cards
 * in page order). A kicker comes from its own header line, or is split off the headline when a
 * card shows the rest of it.
 */
export function assemblePages(reads: readonly PageRead[], cards: readonly RelatedCard[], warn: Warnings): PageDraft[] {
  const cardHeadlines = new Set(cards.map((c) => key(c.headline)));
  let next = 0;
  return reads.map((r) => {
    const h = r.header;
    const own = cards.slice(next, next + (r.module?.cards.length ?? 0));
    next += own.length;
    if (r.module) warnFeatured(r.module, warn);
    const lead = h.caption ? splitCredit(h.caption.text) : null;
    const k = h.kicker
      ? { kicker: h.kicker.text, headline: h.headline.text }
      : splitKicker(h.headline.text, { headlines: cardHeadlines });
    return {
      line: h.headline.no,
      cardLines: r.module?.cards.map((c) => c.picture.no) ?? [],
      article: {
        headline: k.headline,
        deck: h.deck?.text ?? null,
        kicker: k.kicker,
        section: null,
        leadImage: h.caption
          ? {
              src: null,
              alt: h.alt ? captionText(h.alt) : '',
              caption: lead?.caption ?? h.caption.text,
              credit: lead?.credit ?? null,
            }
          : null,
        byline: null,
        hasVideo: h.hasVideo || r.body.hasVideo,
        body: r.body.blocks,
        related: own,
      },
    };
  });
}

// The featured line repeats the first card's headline; anything else there is unexplained.
function warnFeatured(module: ModuleRead, warn: Warnings): void {
  const headlines = new Set(module.cards.flatMap((c) => headlineKeys(c.headline.text)));
  for (const l of module.featured) {
    if (!headlines.has(key(l.text))) warn.add(l.no, 'line before the first related card ignored');
  }
}
