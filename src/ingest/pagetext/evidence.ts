import { KICKERS } from '../../article/kickers.js';
import { splitCredit } from './credit.js';
import { headlineKeys } from './kicker.js';
import type { LabelEvidence } from './labels.js';
import { phrasesSeen } from './phrases.js';
import { key } from './text.js';
import type { Line, PageRead, PageTextOptions } from './types.js';

/** Everything the dump and the caller know that helps read its cards. */
export interface DumpEvidence {
  labels: LabelEvidence;
  /** Keys of headlines shown outside the cards (pages, featured lines): a kicker's rest may equal one. */
  headlines: ReadonlySet<string>;
}

/**
 * Gathers the evidence for telling card labels from captions, once every page is read (a card's
 * page usually comes later in the dump than the card): each card's linked-page captions, all
 * captions of the dump, the labels the site knows (sections, labels, kickers), and a phrase
 * oracle over the dump's prose.
 */
export function gatherEvidence(reads: readonly PageRead[], options: PageTextOptions): DumpEvidence {
  const pageByHeadline = new Map<string, number>();
  reads.forEach((r, i) => {
    for (const k of headlineKeys(r.header.headline.text)) if (!pageByHeadline.has(k)) pageByHeadline.set(k, i);
  });
  const drafts = reads.flatMap((r) => r.module?.cards ?? []);
  const linkedCaptions = drafts.map((d) => {
    const i = headlineKeys(d.headline.text).map((k) => pageByHeadline.get(k)).find((x) => x !== undefined);
    return new Set(i === undefined ? [] : captionsOf(reads[i]!));
  });
  const labels = [...(options.knownSections ?? []), ...(options.knownLabels ?? []), ...KICKERS.map((k) => k.name)];
  const prose = function* (): Generator<string> {
    for (const r of reads) {
      yield r.header.headline.text;
      if (r.header.deck) yield r.header.deck.text;
      for (const b of r.body.blocks) if (b.type === 'paragraph' || b.type === 'subheading') yield b.text;
    }
    for (const d of drafts) {
      yield d.headline.text;
      yield d.teaser;
    }
  };
  return {
    labels: {
      linkedCaptions,
      captions: new Set(reads.flatMap(captionsOf)),
      labels: new Set(labels.map(key).filter(Boolean)),
      phrasesSeen: (questions) => phrasesSeen(questions, prose()),
    },
    headlines: new Set([...pageByHeadline.keys(), ...reads.flatMap((r) => r.module?.featured.map((l) => key(l.text)) ?? [])]),
  };
}

/** A caption line without its credit. */
export function captionText(l: Line): string {
  return splitCredit(l.text)?.caption ?? l.text;
}

function captionsOf(r: PageRead): string[] {
  const out: string[] = [];
  for (const l of [r.header.alt, r.header.caption]) if (l) out.push(key(captionText(l)));
  for (const b of r.body.blocks) if (b.type === 'image') out.push(key(b.caption));
  return out;
}
