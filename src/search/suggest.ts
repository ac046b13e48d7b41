import { normalize } from '../arabic/normalize.js';
import type { SearchIndex } from '../store/index.js';

/** Candidate words fetched per query word: the commonest sharing its first two letters, then its first. */
const BY_TWO_LETTERS = 2000;
const BY_ONE_LETTER = 1000;

/** Edit distance with adjacent transpositions (optimal string alignment), stopping past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
    if (rowMin > max) return max + 1;
  }
  return prev[b.length]!;
}

/** How far a word may be from its correction: one edit for short words, two from six letters. */
function allowedEdits(word: string): number {
  return word.length >= 6 ? 2 : 1;
}

/**
 * "Did you mean": each word of the query that the site has never printed is replaced by the
 * most frequent printed word within a small edit distance (candidates share the first
 * letter, after normalisation). Returns null when nothing would change.
 */
export async function suggest(index: SearchIndex, words: string): Promise<string | null> {
  const parts = words.split(/\s+/).filter(Boolean);
  let changed = false;
  const out: string[] = [];
  for (const raw of parts) {
    const word = normalize(raw, { foldTaaMarbuta: false });
    if (!word || word.length < 3) {
      out.push(raw);
      continue;
    }
    const candidates = [...(await index.words(word.slice(0, 2), BY_TWO_LETTERS)), ...(await index.words(word.slice(0, 1), BY_ONE_LETTER))];
    if (candidates.some((c) => c.word === word)) {
      out.push(raw);
      continue;
    }
    let best: { word: string; freq: number; d: number } | null = null;
    for (const c of candidates) {
      const d = editDistance(word, c.word, allowedEdits(word));
      if (d > allowedEdits(word)) continue;
      if (!best || d < best.d || (d === best.d && c.freq > best.freq)) best = { ...c, d };
    }
    if (best) {
      out.push(best.word);
      changed = true;
    } else out.push(raw);
  }
  return changed ? out.join(' ') : null;
}
