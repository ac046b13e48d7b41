import type { RelatedCard } from '../../article/related-card.js';
import { splitKicker } from './kicker.js';
import { splitLabels, type LabelEvidence } from './labels.js';
import type { CardDraft } from './types.js';
import type { Warnings } from './warnings.js';

/**
 * Turns card drafts into related cards: label told from caption (see labels.ts), the label
 * becomes the card's section, a kicker glued to the headline is split off. Labels decided only
 * by a phrase or the shape of a section name are reported.
 */
export function buildCards(
  drafts: readonly CardDraft[],
  evidence: LabelEvidence,
  otherHeadlines: ReadonlySet<string>,
  warn: Warnings,
): RelatedCard[] {
  const splits = splitLabels(drafts.map((d) => d.pictureText), evidence);
  return drafts.map((d, i) => {
    const s = splits[i]!;
    if (s.how === 'phrase' || s.how === 'shape') {
      const by = s.how === 'phrase' ? 'a phrase of the dump' : 'its shape';
      warn.add(d.picture.no, `card label «${s.label}» told from its caption by ${by} only`);
    } else if (s.how === 'none') {
      warn.add(d.picture.no, 'card label could not be told from its caption');
    }
    const k = splitKicker(d.headline.text, { label: s.label, headlines: otherHeadlines });
    return {
      headline: k.headline,
      kicker: k.kicker,
      section: s.label,
      teaser: d.teaser,
      image: { caption: s.caption, credit: d.credit },
      byline: d.byline,
      hasVideo: d.hasVideo,
    };
  });
}
