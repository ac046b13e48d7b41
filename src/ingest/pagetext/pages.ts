import { isKnownKicker } from '../../article/kickers.js';
import { isControl, isTextSizeLabel, stripVideoMarker } from './controls.js';
import { isCaptionLine, resolveHeader, type Anchor } from './header.js';
import { nextText } from './lines.js';
import { isModuleHeading } from './module-heading.js';
import { PROSE_ENDINGS } from './rules/punctuation.js';
import { countWords, key, lastMark, sameText } from './text.js';
import type { Line, PageHeader } from './types.js';
import { Warnings } from './warnings.js';

// A deck is a sentence or two; a longer second line is the body's first paragraph.
const MAX_DECK_WORDS = 60;
// Lines before the first header are a page of their own only if they read like one (some prose);
// a few short lines are site furniture (menus, breadcrumbs).
const MIN_PREFIX_LINES = 3;
const PROSE_WORDS = 12;

/**
 * Finds every page of a dump, in order. Pages are anchored on the text-size label that closes
 * each header (`TT`); a page copied without it is found by its lead caption pair when the
 * sticky header repeat or an earlier card with the same headline confirms it. Text before the
 * first anchor that reads like an article becomes a page read by shape alone.
 */
export function findPages(lines: readonly Line[], warn: Warnings): PageHeader[] {
  const headers: PageHeader[] = [];
  // modulesBefore[i]: module headings in lines[0, i), so «is there one between» costs O(1).
  const modulesBefore = new Uint32Array(lines.length + 1);
  lines.forEach((l, i) => {
    modulesBefore[i + 1] = modulesBefore[i]! + (isModuleHeading(l.text) ? 1 : 0);
  });
  let firstSeen: Map<string, number> | null = null;
  let floor = 0;
  for (const anchor of findAnchors(lines)) {
    const own = anchor.marked ? anchor.captionEnd : anchor.captionEnd - 1;
    if (own < floor) continue;
    const afterModule = modulesBefore[anchor.captionEnd]! > modulesBefore[floor]!;
    // A caption pair may be a photo inside a body: its guesses stay aside until it proves a page.
    const local = anchor.marked ? warn : new Warnings();
    const h = resolveHeader(lines, anchor, { floor, afterModule }, local);
    if (!h) continue;
    if (!anchor.marked && !h.repeated) {
      firstSeen ??= firstIndexByKey(lines);
      if (!((firstSeen.get(key(h.headline.text)) ?? h.start) < h.start)) continue;
    }
    if (!anchor.marked) {
      warn.merge(local);
      warn.add(h.headline.no, 'page header without its text-size label (TT): found by its caption pair');
    }
    headers.push(h);
    floor = h.bodyStart;
  }

  let first = nextText(lines, 0);
  while (first >= 0 && isControl(lines[first]!.text)) first = nextText(lines, first + 1);
  if (first < 0) return headers;
  const end = headers[0]?.start ?? lines.length;
  if (first < end) {
    const prefix = lines.slice(first, end).filter((l) => l.text !== '');
    const prose = (): boolean => prefix.some((l) => countWords(l.text, PROSE_WORDS) >= PROSE_WORDS);
    if (headers.length === 0 || (prefix.length >= MIN_PREFIX_LINES && prose())) {
      headers.unshift(headerByShape(lines, first, end, warn));
    } else {
      warn.add(lines[first]!.no, `${prefix.length} line(s) before the first page header ignored`);
    }
  }
  return headers;
}

/** Text-size labels, and caption pairs not followed by one, in line order. */
function findAnchors(lines: readonly Line[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t === '') continue;
    if (isTextSizeLabel(t)) {
      anchors.push({ captionEnd: i, after: i + 1, marked: true });
      continue;
    }
    const next = lines[i + 1]?.text;
    if (next === undefined || !sameText(next, t) || sameText(lines[i - 1]?.text ?? '', t)) continue;
    if (isTextSizeLabel(lines[i + 2]?.text ?? '')) continue;
    if (isCaptionLine(stripVideoMarker(t).text)) anchors.push({ captionEnd: i + 2, after: i + 2, marked: false });
  }
  return anchors;
}

/**
 * Where each line's text is first seen; a card headline with a content-type kicker glued
 * before it («تحليل إخباري اليونان: …») also counts as its headline without the kicker.
 */
function firstIndexByKey(lines: readonly Line[]): Map<string, number> {
  const m = new Map<string, number>();
  const note = (text: string, i: number) => {
    const k = key(text);
    if (!m.has(k)) m.set(k, i);
  };
  lines.forEach((l, i) => {
    const t = l.text;
    if (t === '') return;
    note(t, i);
    // Kickers are one or two words.
    const first = t.indexOf(' ');
    if (first <= 0) return;
    if (isKnownKicker(t.slice(0, first))) note(t.slice(first + 1), i);
    const second = t.indexOf(' ', first + 1);
    if (second > 0 && isKnownKicker(t.slice(0, second))) note(t.slice(second + 1), i);
  });
  return m;
}

/** A header without any anchor: headline first, then a deck only if a caption line follows it. */
function headerByShape(lines: readonly Line[], from: number, to: number, warn: Warnings): PageHeader {
  let hasVideo = false;
  const at = (i: number): Line => {
    const s = stripVideoMarker(lines[i]!.text);
    if (s.video) hasVideo = true;
    return { no: lines[i]!.no, text: s.text };
  };
  const headline = at(from);
  let deck: Line | null = null;
  let alt: Line | null = null;
  let caption: Line | null = null;
  let bodyStart = from + 1;
  const a = nextText(lines, from + 1, to);
  const b = a < 0 ? -1 : nextText(lines, a + 1, to);
  let cap = -1;
  if (a >= 0 && isCaptionLine(at(a).text)) cap = a;
  else if (b >= 0 && isCaptionLine(at(b).text)) {
    const d = at(a);
    if (!PROSE_ENDINGS.has(lastMark(d.text)) && countWords(d.text, MAX_DECK_WORDS) <= MAX_DECK_WORDS) {
      deck = d;
      cap = b;
    }
  }
  if (cap >= 0) {
    caption = at(cap);
    bodyStart = cap + 1;
    if (cap + 1 < to && key(at(cap + 1).text) === key(caption.text)) {
      alt = caption;
      caption = at(cap + 1);
      bodyStart = cap + 2;
    }
  }
  warn.add(headline.no, 'page without a header marker (TT): header read by its shape');
  return { start: from, headline, kicker: null, deck, alt, caption, bodyStart, hasVideo };
}
