import { KICKERS } from '../../article/kickers.js';
import { key, words } from './text.js';

// Longest first, so «تحليل إخباري» wins over «تحليل».
const kickers = KICKERS.map((k) => k.name).sort((a, b) => b.length - a.length);

/** A headline with the content-type kicker glued in front of it split off. */
export interface KickerSplit {
  kicker: string | null;
  headline: string;
}

/** What confirms that a headline's first words are a kicker and not its subject. */
export interface KickerHints {
  /** The card's label: a card labelled «حوار» whose headline opens with «حوار» carries the kicker. */
  label?: string | null;
  /** Keys of headlines seen elsewhere (pages, the module's featured line) that may equal the rest. */
  headlines?: ReadonlySet<string>;
}

/**
 * Splits a known kicker (src/article/kickers.ts) off the front of a headline. A kicker of two
 * words or more is distinctive enough alone; a one-word kicker («تحليل», «حوار») also opens
 * ordinary headlines, so it is split only when the card's label is that kicker or the rest of
 * the headline appears on its own elsewhere in the dump.
 */
export function splitKicker(headline: string, hints: KickerHints = {}): KickerSplit {
  for (const k of kickers) {
    if (!headline.startsWith(k) || headline.length === k.length) continue;
    const rest = headline.slice(k.length);
    if (!/^\s/u.test(rest)) continue;
    const trimmed = rest.trim();
    const sure =
      words(k).length > 1 ||
      (hints.label != null && key(hints.label) === key(k)) ||
      (hints.headlines?.has(key(trimmed)) ?? false);
    if (sure) return { kicker: k, headline: trimmed };
  }
  return { kicker: null, headline };
}

/** A headline's comparison keys: as written, and without a known kicker glued in front. */
export function headlineKeys(headline: string): string[] {
  const keys = [key(headline)];
  for (const k of kickers) {
    if (headline.startsWith(`${k} `)) keys.push(key(headline.slice(k.length)));
  }
  return keys;
}
