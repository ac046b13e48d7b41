import { isKnownKicker } from '../../article/kickers.js';
import { isBylineShaped } from './byline.js';
import { isTextSizeLabel, isVideoMarker, stripVideoMarker } from './controls.js';
import { creditKind, splitCredit } from './credit.js';
import { PROSE_ENDINGS } from './rules/punctuation.js';
import { lastMark, sameText } from './text.js';
import type { Line, PageHeader } from './types.js';
import type { Warnings } from './warnings.js';

/**
 * Where a page header closes: at a text-size label (`TT`), or, for a page copied without it,
 * right after the lead photo's caption pair.
 */
export interface Anchor {
  /** End (exclusive) of the lines before the anchor that may hold the lead caption. */
  captionEnd: number;
  /** First line after the anchor, where the sticky header repeat may begin. */
  after: number;
  /** Whether a `TT` label closes the header (a caption pair alone must prove itself). */
  marked: boolean;
}

/** What the parser knows around a header while resolving it. */
export interface HeaderScope {
  /** Lines before this index belong to an earlier page's header. */
  floor: number;
  /** Whether a related-articles module lies between `floor` and the anchor. */
  afterModule: boolean;
}

/** A header as resolved, with what a page found by its caption pair alone must show. */
export interface ResolvedHeader extends PageHeader {
  /** The sticky header repeated the headline after the anchor. */
  repeated: boolean;
}

// A header holds a headline and at most a deck; two blank lines before them end the previous page.
const MAX_HEADER_LINES = 3;
// Caption pair plus headline and deck copied without blank lines between; a longer run is prose,
// and looking further back would make hostile input quadratic.
const MAX_RUN = MAX_HEADER_LINES + 2;

/**
 * Resolves the page header around an anchor. Reading backwards: the lead caption (the run of
 * lines touching the anchor, usually one caption twice: alt text and figure caption), then up to
 * three lines separated by single blanks (kicker, headline, deck). Reading forwards: the sticky
 * header repeat (headline and caption again), which also tells which line is the headline when
 * the page follows the previous one after a single blank line. Null when no headline is found.
 */
export function resolveHeader(
  lines: readonly Line[],
  anchor: Anchor,
  scope: HeaderScope,
  warn: Warnings,
): ResolvedHeader | null {
  const text = new CleanText(lines);
  const lead = leadCaption(lines, anchor, scope, text);
  const { cands, clear } = candidates(lines, lead, scope, text);

  // The sticky header repeat names the headline.
  let j = anchor.after;
  while (j < lines.length && (lines[j]!.text === '' || isVideoMarker(lines[j]!.text))) j++;
  const repeat = j < lines.length ? stripVideoMarker(lines[j]!.text).text : null;
  const found = repeat === null ? -1 : cands.findIndex((c) => sameText(text.at(c), repeat));
  const pick = found >= 0 ? pickByRepeat(cands, found, text) : pickByShape(cands, clear, scope.afterModule, text);
  // A headline never ends in a full stop or a comma: such a line before a stray TT is prose.
  // It may end in «!» («العالم يغرق في الظلام!»).
  const headMark = pick.at < 0 ? '' : lastMark(text.at(cands[pick.at]!));
  if (pick.at < 0 || (found < 0 && headMark !== '!' && PROSE_ENDINGS.has(headMark))) {
    const line = lines[anchor.captionEnd] ?? lines[lines.length - 1]!;
    warn.add(line.no, 'page header without a headline: ignored');
    return null;
  }

  const line = (i: number): Line => ({ no: lines[i]!.no, text: text.at(i) });
  const headAt = cands[pick.at]!;
  const rest = cands.slice(pick.at + 1);
  for (const extra of rest.slice(1)) warn.add(lines[extra]!.no, 'extra line in a page header ignored');
  const header = {
    start: pick.kickerAt < 0 ? headAt : cands[pick.kickerAt]!,
    headline: line(headAt),
    kicker: pick.kickerAt < 0 ? null : line(cands[pick.kickerAt]!),
    deck: rest[0] === undefined ? null : line(rest[0]),
    alt: lead.alt === undefined ? null : line(lead.alt),
    caption: lead.caption === undefined ? null : line(lead.caption),
  };
  const own = [header.kicker, header.headline, header.deck, header.alt, header.caption];
  const bodyStart = skipRepeat(lines, anchor.after, own, text);
  return { ...header, bodyStart, hasVideo: text.video, repeated: found >= 0 };
}

/** Line texts without a glued video marker, remembering whether any had one. */
class CleanText {
  video = false;
  constructor(private readonly lines: readonly Line[]) {}
  at(i: number): string {
    const s = stripVideoMarker(this.lines[i]!.text);
    if (s.video) this.video = true;
    return s.text;
  }
}

interface LeadCaption {
  alt?: number;
  caption?: number;
  /** First line of the run. */
  start: number;
  /** Lines of the run before the caption (a deck or headline copied without a blank line). */
  before: number[];
}

/** The lead photo's lines among the run of non-blank lines touching the anchor. */
function leadCaption(lines: readonly Line[], anchor: Anchor, scope: HeaderScope, text: CleanText): LeadCaption {
  let s = anchor.captionEnd;
  const stop = Math.max(scope.floor, anchor.captionEnd - MAX_RUN);
  while (s > stop && lines[s - 1]!.text !== '' && !isTextSizeLabel(lines[s - 1]!.text)) s--;
  const run: number[] = [];
  for (let i = s; i < anchor.captionEnd; i++) {
    if (isVideoMarker(lines[i]!.text)) text.video = true;
    else run.push(i);
  }
  const last = run[run.length - 1];
  const prev = run[run.length - 2];
  if (last !== undefined && prev !== undefined && sameText(text.at(prev), text.at(last))) {
    return { alt: prev, caption: last, start: s, before: run.slice(0, -2) };
  }
  if (last === undefined || !isCaptionLine(text.at(last))) return { start: s, before: run };
  // The alt text touches the caption: another credited line, or the caption without its credit.
  const bare = splitCredit(text.at(last))?.caption ?? '';
  if (prev !== undefined && (isCaptionLine(text.at(prev)) || sameText(text.at(prev), bare))) {
    return { alt: prev, caption: last, start: s, before: run.slice(0, -2) };
  }
  return { caption: last, start: s, before: run.slice(0, -1) };
}

interface Candidates {
  cands: number[];
  clear: boolean;
}

/**
 * Kicker, headline and deck candidates: the run's leftover lines, then lines walking back over
 * single blanks. `clear` says the walk stopped at a page boundary (two blank lines, the file
 * start, the previous header), so the first candidate surely starts this page.
 */
function candidates(lines: readonly Line[], lead: LeadCaption, scope: HeaderScope, text: CleanText): Candidates {
  const cands = lead.before.filter((i) => text.at(i) !== '');
  let blanks = 0;
  for (let p = lead.start - 1; ; p--) {
    if (p < scope.floor) return { cands, clear: true };
    const t = lines[p]!.text;
    if (t === '') {
      if (++blanks >= 2) return { cands, clear: true };
      continue;
    }
    if (isTextSizeLabel(t)) return { cands, clear: true };
    if (isVideoMarker(t)) {
      text.video = true;
      continue;
    }
    if (cands.length >= MAX_HEADER_LINES) return { cands, clear: false };
    blanks = 0;
    cands.unshift(p);
  }
}

interface Pick {
  /** Index into the candidates of the headline, or -1. */
  at: number;
  /** Index into the candidates of a kicker line above it, or -1. */
  kickerAt: number;
}

/** The repeat named the headline: earlier candidates are the previous page's, except a kicker. */
function pickByRepeat(cands: readonly number[], at: number, text: CleanText): Pick {
  return { at, kickerAt: at > 0 && isKnownKicker(text.at(cands[at - 1]!)) ? at - 1 : -1 };
}

/**
 * Without the repeat, a line left over from the previous page (prose, a card's byline) can only
 * be told by its shape, and only when no page boundary marks the start. A known kicker on its own
 * line («تحليل إخباري») goes above the headline; a headline and a deck remain.
 */
function pickByShape(cands: readonly number[], clear: boolean, afterModule: boolean, text: CleanText): Pick {
  let from = 0;
  while (!clear && cands.length - from > 1 && looksLikeTail(text.at(cands[from]!), afterModule)) from++;
  let kickerAt = -1;
  for (let k = from; k < cands.length - 1; k++) {
    if (isKnownKicker(text.at(cands[k]!))) {
      kickerAt = k;
      from = k + 1;
      break;
    }
  }
  if (!clear && cands.length - from > 2) from = cands.length - 2;
  return { at: cands.length > from ? from : -1, kickerAt };
}

/** First body line: past the repeat of the header's own lines, blanks and page controls. */
function skipRepeat(lines: readonly Line[], from: number, own: ReadonlyArray<Line | null>, text: CleanText): number {
  const zone = own.flatMap((l) => (l ? [l.text] : []));
  let b = from;
  for (; b < lines.length; b++) {
    const t = lines[b]!.text;
    if (t === '') continue;
    if (isVideoMarker(t)) {
      text.video = true;
      continue;
    }
    // A second size label is the same control copied twice, never content.
    if (isTextSizeLabel(t)) continue;
    const clean = stripVideoMarker(t).text;
    if (!zone.some((z) => sameText(z, clean))) break;
  }
  return b;
}

/** Whether a line, on its own, reads as a photo caption with a credit. */
export function isCaptionLine(text: string): boolean {
  const split = splitCredit(text);
  return split !== null && creditKind(split.credit) !== null && !PROSE_ENDINGS.has(lastMark(split.caption));
}

function looksLikeTail(text: string, afterModule: boolean): boolean {
  return PROSE_ENDINGS.has(lastMark(text)) || (afterModule && isBylineShaped(text));
}
