/**
 * Midad's Arabic analyzer: the ONE place where the steps are composed. Indexing, queries,
 * highlighting and related-article similarity all go through it, so a word is always reduced
 * the same way.
 *
 * Index chain, in order (order matters where noted):
 *  1. tokenize the ORIGINAL text — first, so offsets point into what the reader sees;
 *  2. normalize each word, keeping ى — NFKC may turn one ligature into several words (ﷺ), which
 *     share the offsets of their token;
 *  3. drop stop words — after normalisation (the list is normalised, so أن/ان/إن all go) but
 *     before ى is folded, so «على» goes and the name «علي» stays (see stopwords.ts);
 *  4. fold ى → ي;
 *  5. mark keywords — numbers, Latin words and the caller's protected words are never stemmed;
 *  6. stem the rest.
 * The query chain is the same word by word (it must be, to meet the index), and lighter:
 * repeated query words count once; a final ه also searches its taa marbuta reading.
 */
import { foldAlefMaqsura, foldTaaMarbuta, normalize } from './normalize.js';
import { createStemmer, type StemLexicon, type StemmerOptions } from './stem.js';
import { isStopWord } from './stopwords.js';
import { tokenize, type Token } from './tokenize.js';

/** One indexed term with the word it came from. */
export interface AnalyzedToken {
  /** The index term: matches /^[\p{L}\p{N}]+$/u, so FTS5's unicode61 tokenizer keeps it whole. */
  readonly term: string;
  /** The word as written in the original text. */
  readonly surface: string;
  /** UTF-16 offsets of `surface` in the original text. */
  readonly start: number;
  readonly end: number;
  /** Ordinal of the word in the text, stop words included (terms of one word share it). */
  readonly position: number;
  /** True when the word was protected from stemming. */
  readonly keyword: boolean;
}

/** Options of `createAnalyzer`. */
export interface AnalyzerOptions extends StemmerOptions {
  /** Words never to stem (brand names, acronyms…), written normally: marked as keywords. */
  readonly keywords?: Iterable<string>;
}

/** The three operations others build on. */
export interface Analyzer {
  /** Every term of the text with its word, offsets and position. */
  analyze(text: string): AnalyzedToken[];
  /** The terms to store in a full-text column, in text order (join with spaces for FTS5). */
  indexTerms(text: string): string[];
  /** The terms of a search query, each once, in query order. */
  queryTerms(text: string): string[];
}

/** A decimal number keeps one term: its separator becomes this letter («3.5» → «3d5»), as FTS5 would split on «.». */
const DECIMAL_MARK = 'd';
const DECIMAL_RE = /\./g;
/** What FTS5's unicode61 keeps whole, and what it would treat as a separator. */
const TERM_RE = /^[\p{L}\p{N}]+$/u;
const NOT_TERM_RE = /[^\p{L}\p{N}]/gu;
/** Steps 2–3 work on words whose ى and ة are not folded yet (see the chain above). */
const KEEP_MAQSURA_AND_TAA = { foldAlefMaqsura: false, foldTaaMarbuta: false } as const;

/** What one token becomes: a term per word (null for a stop word), usually one word. */
type WordTerms = ReadonlyArray<{ readonly term: string; readonly keyword: boolean } | null>;

/** Distinct tokens remembered per analyzer (news text repeats its words); bounds memory in a server. */
const CACHE_LIMIT = 200_000;

/** Builds an analyzer; pass the corpus lexicon (see lexicon.ts) for sharper stemming. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const stem = createStemmer(options);
  const keywords = new Set([...(options.keywords ?? [])].map((k) => foldTaaMarbuta(normalize(k))));
  const cache = new Map<string, WordTerms>();

  /** Steps 2–6 for one token (pure, so cached by its text and kind). */
  const termsOf = (token: Token): WordTerms =>
    normalize(token.text, KEEP_MAQSURA_AND_TAA)
      .split(' ')
      .filter((word) => word !== '')
      .map((word) => {
        if (token.kind === 'number') return { term: word.replace(DECIMAL_RE, DECIMAL_MARK), keyword: true };
        if (token.kind === 'alnum') return asTerm(word, true);
        if (isStopWord(word)) return null;
        const folded = foldAlefMaqsura(word);
        const keyword = keywords.has(foldTaaMarbuta(folded));
        return asTerm(foldTaaMarbuta(keyword ? folded : stem(folded)), keyword);
      });

  const analyze = (text: string): AnalyzedToken[] => {
    const out: AnalyzedToken[] = [];
    let position = 0;
    for (const token of tokenize(text)) {
      const key = token.kind === 'arabic' ? token.text : token.kind + ':' + token.text;
      let words = cache.get(key);
      if (words === undefined) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(key, (words = termsOf(token)));
      }
      for (const word of words) {
        if (word) out.push({ term: word.term, surface: token.text, start: token.start, end: token.end, position, keyword: word.keyword });
        position++;
      }
    }
    return out;
  };

  /**
   * A query word typed with a final ه may be a taa marbuta written without its dots («تحليه» for
   * «تحلية»), which the index folds to ه and keeps whole, while the stemmer reads the ه as «his»
   * and strips it. Queries search both readings; the index keeps the text's own.
   */
  const taaReading = (t: AnalyzedToken): string | null => {
    if (t.keyword) return null;
    const word = normalize(t.surface, KEEP_MAQSURA_AND_TAA);
    if (!word.endsWith('ه') || word.includes(' ')) return null;
    const alt = analyze(word.slice(0, -1) + 'ة')[0]?.term;
    return alt && alt !== t.term ? alt : null;
  };

  return {
    analyze,
    indexTerms: (text) => analyze(text).map((t) => t.term),
    queryTerms: (text) => {
      const terms = new Set<string>();
      for (const t of analyze(text)) {
        terms.add(t.term);
        const alt = taaReading(t);
        if (alt) terms.add(alt);
      }
      return [...terms];
    },
  };
}

/** A term as FTS5 will keep it: anything but letters and digits (a stray mark of another script) goes. */
function asTerm(word: string, keyword: boolean): { term: string; keyword: boolean } | null {
  const term = TERM_RE.test(word) ? word : word.replace(NOT_TERM_RE, '');
  return term ? { term, keyword } : null;
}

/** The default analyzer has no lexicon: safe stemming rules only. */
const defaultAnalyzer = createAnalyzer();

/** Every term of the text with its word, offsets and position (lexicon-free analyzer). */
export const analyze = (text: string): AnalyzedToken[] => defaultAnalyzer.analyze(text);
/** The terms to store in a full-text column (lexicon-free analyzer). */
export const indexTerms = (text: string): string[] => defaultAnalyzer.indexTerms(text);
/** The terms of a search query, each once (lexicon-free analyzer). */
export const queryTerms = (text: string): string[] => defaultAnalyzer.queryTerms(text);

export { learnLexicon } from './lexicon.js';
export type { StemLexicon };
