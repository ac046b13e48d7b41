import { isBylineShaped, readByline } from './byline.js';
import { isTextSizeLabel, isVideoMarker, stripVideoMarker } from './controls.js';
import { creditKind, splitCredit } from './credit.js';
import { isModuleHeading } from './module-heading.js';
import { PROSE_ENDINGS } from './rules/punctuation.js';
import { countWords, hasInnerSentenceEnd, lastMark } from './text.js';
import type { CardDraft, Line, ModuleRead } from './types.js';
import type { Warnings } from './warnings.js';

export type { ModuleRead } from './types.js';

interface Picture {
  text: string;
  credit: string | null;
  video: boolean;
  agency: boolean;
}

// A picture line is a label and a caption: a caption of three words or more with a plain
// source is a picture even before its place in the card is known.
const STRONG_CAPTION_WORDS = 3;

/**
 * Reads a module's lines (after its heading, up to the next page) into cards. A card is
 * picture line (label + caption + credit, maybe a video marker), headline, teaser, byline; the
 * next picture line starts the next card, even with no blank line between. A byline also ends
 * in a parenthesis (the dateline), so lines are told apart by their place in the card first and
 * by their shape second: a line where a teaser is due is the byline only if it has a byline's
 * shape and the next line starts a card.
 */
export function readModule(
  lines: readonly Line[],
  from: number,
  to: number,
  knownCredits: ReadonlySet<string>,
  warn: Warnings,
): ModuleRead {
  const items: Line[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i]!.text;
    if (t === '' || isModuleHeading(t)) continue;
    if (isTextSizeLabel(t)) warn.add(lines[i]!.no, `control label «${t}» inside a related module dropped`);
    else items.push(lines[i]!);
  }
  const pic = (i: number): Picture | null => (i < items.length ? picture(items[i]!.text, knownCredits) : null);
  const strong = (i: number): boolean => {
    const p = pic(i);
    return p !== null && (p.video || p.agency || looksLikeCaption(p.text, items[i]!.text));
  };
  // A picture line whose photo has no credit is known only by what follows it: a headline,
  // a teaser, then a line shaped like a byline.
  const uncredited = (i: number): Picture | null => {
    const at = items[i];
    const byline = items[i + 3];
    if (!at || !byline || isVideoMarker(at.text)) return null;
    if (pic(i + 1) || pic(i + 2) || !isBylineShaped(byline.text)) return null;
    const s = stripVideoMarker(at.text);
    return s.text ? { text: s.text, credit: null, video: s.video, agency: false } : null;
  };
  const cardAt = (i: number): Picture | null => pic(i) ?? uncredited(i);
  const startsCard = (i: number): boolean => i >= items.length || cardAt(i) !== null;

  const featured: Line[] = [];
  const cards: CardDraft[] = [];
  let i = 0;
  while (i < items.length && cardAt(i) === null) featured.push(items[i++]!);
  while (i < items.length) {
    const p = cardAt(i);
    const at = items[i]!;
    i++;
    if (!p) {
      const prev = cards[cards.length - 1];
      if (isVideoMarker(at.text) && prev) prev.hasVideo = true;
      else warn.add(at.no, 'line in a related module outside any card ignored');
      continue;
    }
    let video = p.video;
    if (i < items.length && isVideoMarker(items[i]!.text)) {
      video = true;
      i++;
    }
    if (i >= items.length || strong(i)) {
      warn.add(at.no, 'related card without a headline ignored');
      continue;
    }
    const headline = items[i++]!;
    let teaser = '';
    let bylineLine: Line | null = null;
    if (i < items.length && !strong(i)) {
      const x = items[i]!;
      if (startsCard(i + 1) && isBylineShaped(x.text)) {
        bylineLine = x;
        i++;
      } else {
        teaser = x.text;
        i++;
        if (i < items.length && !strong(i) && (isBylineShaped(items[i]!.text) || startsCard(i + 1))) {
          bylineLine = items[i++]!;
        }
      }
    }
    const byline = bylineLine ? (readByline(bylineLine.text)?.byline ?? null) : null;
    cards.push({ picture: at, pictureText: p.text, credit: p.credit, hasVideo: video, headline, teaser, byline });
  }
  return { cards, featured };
}

function picture(text: string, knownCredits: ReadonlySet<string>): Picture | null {
  const s = stripVideoMarker(text);
  const split = splitCredit(s.text);
  if (!split || split.caption === '') return null;
  const kind = creditKind(split.credit, knownCredits);
  if (!kind) return null;
  return { text: split.caption, credit: split.credit, video: s.video, agency: kind === 'agency' };
}

function looksLikeCaption(caption: string, line: string): boolean {
  return (
    countWords(caption, STRONG_CAPTION_WORDS) >= STRONG_CAPTION_WORDS &&
    !isBylineShaped(line) &&
    !PROSE_ENDINGS.has(lastMark(caption)) &&
    !hasInnerSentenceEnd(caption)
  );
}
