import { phraseWord } from './phrases.js';
import { key, splitAfterWords, wordStarts, words } from './text.js';

/** A card's picture text split into its label (section or content type) and the photo caption. */
export interface LabelSplit {
  label: string | null;
  caption: string;
  /** Which evidence decided: weaker ones are reported as warnings. */
  how: 'page' | 'caption' | 'known' | 'learned' | 'prefix' | 'phrase' | 'shape' | 'none';
}

/** What the dump and the caller know that can tell a label from a caption. */
export interface LabelEvidence {
  /** Keys of captions of the page each card links to (same headline), by card. */
  linkedCaptions: ReadonlyArray<ReadonlySet<string>>;
  /** Keys of every photo caption on the dump's pages. */
  captions: ReadonlySet<string>;
  /** Keys of labels the site is known to use: sections, labels, kickers. */
  labels: ReadonlySet<string>;
  /** Which of these runs of words (`phraseWord`s joined by one space) occur in the dump's prose. */
  phrasesSeen(questions: readonly string[]): ReadonlySet<string>;
}

// Labels are short: the longest known section names run to three or four words.
const MAX_LABEL_WORDS = 4;
// A label inferred from a shared prefix or a phrase is at most this long.
const MAX_GUESSED_WORDS = 3;
const DEFINITE = 'ال';
// Endings of an agreeing adjective («المتحدة», «العربي», «الإسلامية»): a definite noun followed by
// one is a two-word name, not a name followed by a caption.
const ADJECTIVE_ENDINGS = ['ة', 'ي', 'ية'];

/**
 * Splits each card's picture text (`label caption`) using, strongest first: the caption of the
 * linked page; any caption of the dump; known labels (sections, kickers); labels already found on
 * other cards; a prefix shared by several cards (by two cards only if a phrase or the shape backs
 * a two-word prefix); and, when none helps, a prefix that occurs as a phrase elsewhere in the
 * dump, else the shape of a section name (one word, or a definite noun with its adjective).
 */
export function splitLabels(texts: readonly string[], evidence: LabelEvidence): LabelSplit[] {
  const out: Array<LabelSplit | null> = texts.map((text, i) => {
    const linked = evidence.linkedCaptions[i];
    // A picture line that is a whole known caption carries no label.
    const whole = key(text);
    if (linked?.has(whole)) return { label: null, caption: text, how: 'page' };
    if (evidence.captions.has(whole)) return { label: null, caption: text, how: 'caption' };
    let n = linked ? byCaption(text, linked) : 0;
    if (n > 0) return cut(text, n, 'page');
    n = byCaption(text, evidence.captions);
    if (n > 0) return cut(text, n, 'caption');
    n = byLabel(text, evidence.labels);
    return n > 0 ? cut(text, n, 'known') : null;
  });

  const learned = new Set(out.flatMap((s) => (s?.label ? [key(s.label)] : [])));
  out.forEach((s, i) => {
    if (s) return;
    const n = byLabel(texts[i]!, learned);
    if (n > 0) out[i] = cut(texts[i]!, n, 'learned');
  });

  const groups = new Map<string, number[]>();
  out.forEach((s, i) => {
    if (s) return;
    const first = words(texts[i]!)[0];
    if (first === undefined) return;
    const group = groups.get(first);
    if (group) group.push(i);
    else groups.set(first, [i]);
  });
  // Two cards sharing two words may share a two-word label, or a one-word label and a caption's
  // first word («أوروبا الرئيس …»): for two, the phrase or shape test below decides; three or more
  // sharing it are taken at their word.
  const doubtful: Array<{ members: number[]; n: number }> = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const n = sharedPrefix(members.map((i) => words(texts[i]!)));
    if (n >= 2 && members.length === 2) doubtful.push({ members, n });
    else if (n > 0) for (const i of members) out[i] = cut(texts[i]!, n, 'prefix');
  }

  // The last resort asks the dump's prose about the head of each card still undecided, all at once.
  const questions = out.flatMap((s, i) => (s ? [] : heads(texts[i]!)));
  const seen = questions.length ? evidence.phrasesSeen(questions) : new Set<string>();
  for (const { members, n } of doubtful) {
    const first = texts[members[0]!]!;
    const k = guess(first, seen, n);
    for (const i of members) out[i] = cut(texts[i]!, k.n, k.n > 1 || k.how === 'phrase' ? 'prefix' : 'shape');
  }
  return out.map((s, i) => s ?? fallback(texts[i]!, seen));
}

/** The two- and three-word heads of a text that could be a label, as phrase questions, longest first. */
function heads(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let n = Math.min(MAX_GUESSED_WORDS, w.length - 2); n >= 2; n--) out.push(w.slice(0, n).map(phraseWord).join(' '));
  return out;
}

function cut(text: string, n: number, how: LabelSplit['how']): LabelSplit {
  const [label, caption] = splitAfterWords(text, n);
  return { label, caption, how };
}

/** Words before the longest tail of `text` that is a known caption; 0 when none is. */
function byCaption(text: string, captions: ReadonlySet<string>): number {
  if (captions.size === 0) return 0;
  const starts = wordStarts(text);
  const max = Math.min(MAX_LABEL_WORDS, starts.length - 1);
  for (let n = 1; n <= max; n++) if (captions.has(key(text.slice(starts[n])))) return n;
  return 0;
}

/** Words of the longest head of `text` that is a known label, leaving a caption; 0 when none is. */
function byLabel(text: string, labels: ReadonlySet<string>): number {
  if (labels.size === 0) return 0;
  const w = words(text);
  for (let n = Math.min(MAX_LABEL_WORDS, w.length - 1); n >= 1; n--) if (labels.has(w.slice(0, n).join(' '))) return n;
  return 0;
}

/** Words all texts share at their head, leaving each a caption; capped at a label's length. */
function sharedPrefix(texts: string[][]): number {
  let n = MAX_GUESSED_WORDS;
  for (const w of texts) n = Math.min(n, w.length - 1);
  for (const w of texts) {
    let k = 0;
    while (k < n && w[k] === texts[0]![k]) k++;
    n = k;
  }
  return n;
}

function fallback(text: string, seen: ReadonlySet<string>): LabelSplit {
  if (words(text).length < 2) return { label: null, caption: text, how: 'none' };
  const g = guess(text, seen, MAX_GUESSED_WORDS);
  return cut(text, g.n, g.how);
}

/** A label's length from the dump's phrases, else from the shape of a section name; at most `max` words. */
function guess(text: string, seen: ReadonlySet<string>, max: number): { n: number; how: 'phrase' | 'shape' } {
  const w = words(text);
  for (const q of heads(text)) {
    const n = q.split(' ').length;
    if (n <= max && seen.has(q)) return { n, how: 'phrase' };
  }
  const [a = '', b = ''] = w;
  const definitePair = a.startsWith(DEFINITE) && b.startsWith(DEFINITE) && ADJECTIVE_ENDINGS.some((e) => b.endsWith(e));
  // Four words at least, so the caption keeps two.
  const pair = max >= 2 && w.length >= 4 && definitePair;
  return { n: pair ? 2 : 1, how: 'shape' };
}
