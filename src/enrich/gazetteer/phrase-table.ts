/**
 * A table of phrases (one or more words) looked up at a position of a token stream, longest
 * first, with the clitic readings of the first word («لموسكو» finds «موسكو»).
 */
import { phraseKey } from '../text/key.js';
import type { Token } from '../text/tokenize.js';

/** A phrase found in a token stream. */
export interface PhraseMatch<V> {
  readonly value: V;
  /** Index of the first token and one past the last. */
  readonly from: number;
  readonly to: number;
  /** Key characters of the first token taken by clitics (not part of the phrase). */
  readonly prefix: number;
}

/** Tables get a slot each in a token's memo. */
let nextId = 0;
const MEMO_SLOTS = 64;
/** Shortest one-word name read behind a clitic (two letters and a clitic make common words). */
const MIN_CLITIC_BASE = 3;
/** Bumped by any change to any table, so memos on tokens never outlive the data they read. */
let generation = 0;

/** The current generation of all memoizing tables: changes whenever any of them changes. */
export function tableGeneration(): number {
  return generation;
}

/** Phrases keyed by their normalised words, each with a value. */
export class PhraseTable<V> {
  /** Slot in tokens' memos; -1 for short-lived tables (one article's aliases) that keep none. */
  private readonly id: number;

  /** A table; `memoize` false for tables built per article, which must not touch shared memos. */
  constructor(memoize = true) {
    // Slots wrap so memos stay small however many gazetteers a process builds: the tables of
    // one gazetteer are made together (fewer than MEMO_SLOTS apart), and tokens are fresh per
    // analysis, read with one gazetteer.
    this.id = memoize ? nextId++ % MEMO_SLOTS : -1;
  }

  private readonly values = new Map<string, V>();
  /** Longest phrase length (in words) starting with a given first word, so lookups stop early. */
  private readonly longestFrom = new Map<string, number>();

  /** Adds (or replaces) a phrase; the text is keyed here, so callers pass it as written. */
  set(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    if (!key) return;
    this.values.set(key, value);
    if (this.id >= 0) generation++;
    const words = key.split(' ');
    const first = words[0]!;
    if ((this.longestFrom.get(first) ?? 0) < words.length) this.longestFrom.set(first, words.length);
  }

  /** The value of a phrase as written, if any. */
  get(phrase: string): V | undefined {
    return this.values.get(phraseKey(phrase));
  }

  /** The value of a phrase already keyed (words keyed, one space between): the fast path. */
  getKey(key: string): V | undefined {
    return this.values.get(key);
  }

  /** Whether a phrase already keyed is present. */
  hasKey(key: string): boolean {
    return this.values.has(key);
  }

  /** Removes a phrase. */
  delete(phrase: string): boolean {
    if (this.id >= 0) generation++;
    return this.values.delete(phraseKey(phrase));
  }

  /** Whether a phrase is present. */
  has(phrase: string): boolean {
    return this.values.has(phraseKey(phrase));
  }

  /** Number of phrases. */
  get size(): number {
    return this.values.size;
  }

  /** Every word that opens a phrase. */
  firstWords(): IterableIterator<string> {
    return this.longestFrom.keys();
  }

  /** Every phrase key with its value. */
  entries(): IterableIterator<[string, V]> {
    return this.values.entries();
  }

  /**
   * The longest phrase starting at token `i` (words only, no punctuation inside), clitics
   * allowed. Matchers ask the same table about the same token many times in one analysis, so
   * the answer is kept on the token until any table changes.
   */
  match(tokens: readonly Token[], i: number, clitics = true): PhraseMatch<V> | undefined {
    const first = tokens[i];
    if (!first || first.kind === 'punct') return undefined;
    if (this.id < 0) return this.lookup(tokens, i, clitics);
    if (first.memoGeneration !== generation) {
      first.memo = [];
      first.memoGeneration = generation;
    }
    const memo = first.memo!;
    const slot = this.id * 2 + (clitics ? 1 : 0);
    const known = memo[slot] as PhraseMatch<V> | null | undefined;
    if (known !== undefined && (known === null || known.from === i)) return known ?? undefined;
    const found = this.lookup(tokens, i, clitics);
    memo[slot] = found ?? null;
    return found;
  }

  private lookup(tokens: readonly Token[], i: number, clitics: boolean): PhraseMatch<V> | undefined {
    const first = tokens[i]!;
    const readings = first.readings;
    const count = clitics ? readings.length : 1;
    let best: PhraseMatch<V> | undefined;
    for (let r = 0; r < count; r++) {
      const { base, prefix } = readings[r]!;
      const longest = this.longestFrom.get(base);
      if (!longest) continue;
      let key = base;
      let hit: V | undefined = this.values.get(key);
      let hitLength = hit === undefined ? 0 : 1;
      for (let n = 1; n < longest && i + n < tokens.length; n++) {
        const t = tokens[i + n]!;
        if (t.kind === 'punct') break;
        key += ' ' + t.key;
        const v = this.values.get(key);
        if (v !== undefined) {
          hit = v;
          hitLength = n + 1;
        }
      }
      // A clitic before a name of two letters is too often part of a word: «فشل» is no «ف» + «شل».
      if (r > 0 && hitLength === 1 && base.length < MIN_CLITIC_BASE) continue;
      if (hit !== undefined && (!best || hitLength > best.to - best.from)) best = { value: hit, from: i, to: i + hitLength, prefix };
    }
    return best;
  }
}
