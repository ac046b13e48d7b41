import { ALEF, LAM } from './rules/letters.js';

// Labels are at most this many words, so longer phrases are never asked about.
const MAX_PHRASE_WORDS = 3;
// Up to this many distinct questions are answered by searching for each.
const MAX_SEARCHES = 16;
// Letters that glue to a following «ال» as a conjunction or preposition («والولايات» = «و» + «الولايات»).
const CLITICS = new Set(['و', 'ف', 'ب', 'ك']);
// A word: letters, digits and the marks riding on them; everything else separates.
const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Answers «does this phrase of two or three words occur in these texts?» for a batch of
 * questions with one pass over the texts: words are compared as `phraseWord` makes them, and only
 * runs starting with the first word of some question are assembled, so the pass allocates little.
 */
export function phrasesSeen(questions: readonly string[], texts: Iterable<string>): Set<string> {
  const asked = new Set(questions);
  // A few questions (the usual case: one or two cards left undecided) are cheapest as plain
  // searches; many (hostile input) as one pass over the words, which stays linear.
  if (asked.size <= MAX_SEARCHES) return searchEach(asked, texts);
  const firsts = new Set(questions.map((q) => q.split(' ')[0]!));
  const seen = new Set<string>();
  if (asked.size === 0) return seen;
  for (const text of texts) {
    const w = Array.from(text.matchAll(WORD_RE), (m) => unglue(m[0]));
    for (let i = 0; i + 1 < w.length; i++) {
      if (!firsts.has(w[i]!)) continue;
      let phrase = w[i]!;
      for (let n = 2; n <= MAX_PHRASE_WORDS && i + n - 1 < w.length; n++) {
        phrase = `${phrase} ${w[i + n - 1]!}`;
        if (asked.has(phrase)) seen.add(phrase);
      }
    }
  }
  return seen;
}

function searchEach(asked: ReadonlySet<string>, texts: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const all = [...texts];
  for (const q of asked) {
    if (all.some((t) => occursAsWords(t, q))) seen.add(q);
  }
  return seen;
}

/** Whether `phrase` occurs in `text` as whole words (a clitic glued in front is allowed). */
function occursAsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if (end < text.length && isWordChar(text[end]!)) continue;
    if (at === 0 || !isWordChar(text[at - 1]!)) return true;
    const glued = text[at - 1]!;
    if (CLITICS.has(glued) && phrase.startsWith(ALEF + LAM) && (at === 1 || !isWordChar(text[at - 2]!))) return true;
  }
  return false;
}

const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(ch: string): boolean {
  return WORD_CHAR_RE.test(ch);
}

/** A word as phrase statistics count it: its letters, without a conjunction or preposition glued to «ال». */
export function phraseWord(word: string): string {
  return unglue(word.match(WORD_RE)?.[0] ?? '');
}

function unglue(bare: string): string {
  return bare.length > 3 && CLITICS.has(bare[0]!) && bare[1] === ALEF && bare[2] === LAM ? bare.slice(1) : bare;
}
