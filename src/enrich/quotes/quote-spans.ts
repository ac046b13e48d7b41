/**
 * Finds quoted stretches in the body's prose, in «…», “…” and "…", including those that run
 * across paragraphs.
 *
 * Rules:
 *  - «» and “” nest: an inner pair stays inside the outer quotation;
 *  - ASCII " alternates open/close within a paragraph and never runs across one;
 *  - a « left open at the end of a paragraph continues into the next prose paragraph, where a
 *    « at the very start (the style that reopens each paragraph) is not a new quotation;
 *  - a quotation still open after MAX_PARAGRAPHS paragraphs is a typo, and is dropped.
 * Offsets are those of the text inside the marks, trimmed of spaces.
 */
import type { Token } from '../text/tokenize.js';
import type { Span } from '../types.js';

/** A quotation's location: its parts and where its marks sit. */
export interface QuoteSpan {
  /** Parts by unit (inner text, trimmed), in order. */
  readonly parts: Span[];
  /** Unit and token index of the opening mark, and of the closing mark. */
  readonly openUnit: number;
  readonly openToken: number;
  readonly closeUnit: number;
  readonly closeToken: number;
}

/** A unit the finder reads: its index, text and tokens. */
export interface QuoteUnit {
  readonly unit: number;
  readonly text: string;
  readonly tokens: readonly Token[];
}

const PAIRS: Readonly<Record<string, string>> = { '«': '»', '“': '”' };
const ASCII = '"';
const MAX_PARAGRAPHS = 3;

interface Open {
  mark: string;
  unit: number;
  token: number;
  parts: Span[];
  /** Where the current part starts in the current unit. */
  from: number;
  depth: number;
  paragraphs: number;
}

function trimmed(text: string, unit: number, from: number, to: number): Span {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { block: unit, start: s, end: e };
}

/** Every quotation in the given prose units (consecutive body paragraphs, in order). */
export function findQuoteSpans(units: readonly QuoteUnit[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: Open | undefined;
  units.forEach((u, n) => {
    const continuing = open !== undefined && (units[n - 1]?.unit ?? -99) === u.unit - 1 ? open : undefined;
    open = continuing;
    if (open) {
      open.from = 0;
      open.paragraphs++;
      if (open.paragraphs > MAX_PARAGRAPHS) open = undefined;
    }
    u.tokens.forEach((t, i) => {
      if (t.kind !== 'punct') return;
      const m = t.text;
      if (open) {
        if (m === open.mark && m !== ASCII) {
          // The reopening mark at a continued paragraph's start is not a new quotation.
          if (open.unit !== u.unit && open.from === 0 && i === 0) {
            open.from = t.end;
            return;
          }
          open.depth++;
          return;
        }
        const closer = open.mark === ASCII ? ASCII : PAIRS[open.mark];
        if (m !== closer) return;
        if (open.depth > 0) {
          open.depth--;
          return;
        }
        const parts = [...open.parts, trimmed(u.text, u.unit, open.from, t.start)].filter((p) => p.end > p.start);
        if (parts.length) out.push({ parts, openUnit: open.unit, openToken: open.token, closeUnit: u.unit, closeToken: i });
        open = undefined;
        return;
      }
      if (m in PAIRS || m === ASCII) open = { mark: m, unit: u.unit, token: i, parts: [], from: t.end, depth: 0, paragraphs: 0 };
    });
    if (open) {
      if (open.mark === ASCII) open = undefined;
      else open.parts.push(trimmed(u.text, u.unit, open.from, u.text.length));
    }
  });
  return out;
}
