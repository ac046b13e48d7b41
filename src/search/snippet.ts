import type { Analyzer } from '../arabic/analyzer.js';

/** A piece of a snippet: plain text, or a matched word to highlight. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Words of context a snippet keeps around its first match. */
const WINDOW_WORDS = 32;

/**
 * Splits a text into segments, marking the words (as written, unstemmed) whose analysed
 * term is one of the query's terms.
 */
export function highlight(analyzer: Analyzer, text: string, terms: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const t of analyzer.analyze(text)) {
    if (!terms.has(t.term) || t.start < at) continue;
    if (t.start > at) out.push({ text: text.slice(at, t.start), hit: false });
    out.push({ text: text.slice(t.start, t.end), hit: true });
    at = t.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** Cuts a text to about WINDOW_WORDS words around its first match, with ellipses where cut. */
function window(analyzer: Analyzer, text: string, terms: ReadonlySet<string>): string {
  const tokens = analyzer.analyze(text);
  const first = tokens.findIndex((t) => terms.has(t.term));
  if (tokens.length <= WINDOW_WORDS || first < 0) return text;
  const from = Math.max(0, first - Math.floor(WINDOW_WORDS / 3));
  const to = Math.min(tokens.length - 1, from + WINDOW_WORDS);
  const start = from === 0 ? 0 : tokens[from]!.start;
  const end = to === tokens.length - 1 ? text.length : tokens[to]!.end;
  return `${start > 0 ? '… ' : ''}${text.slice(start, end)}${end < text.length ? ' …' : ''}`;
}

/**
 * The best passage of an article for a query: the paragraph holding the most distinct
 * query terms (the earliest on ties), cut around its first match and highlighted.
 * Falls back to the teaser when no paragraph matches.
 */
export function snippet(analyzer: Analyzer, paragraphs: readonly string[], terms: ReadonlySet<string>, fallback: string): Segment[] {
  let best: string | null = null;
  let bestHits = 0;
  for (const p of paragraphs) {
    const hits = new Set(analyzer.analyze(p).filter((t) => terms.has(t.term)).map((t) => t.term)).size;
    if (hits > bestHits) {
      best = p;
      bestHits = hits;
      // No later paragraph can hold more, and ties go to the earliest: the rest need no analysis
      // (a one-word query stops at its first match instead of analysing the whole article).
      if (bestHits === terms.size) break;
    }
  }
  return best ? highlight(analyzer, window(analyzer, best, terms), terms) : [{ text: fallback, hit: false }];
}
