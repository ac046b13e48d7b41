/**
 * Whether two written names are the same person's: the last words agree and the first words
 * are spelling variants of each other («أليكساندر لوكاشينكو» ~ «ألكسندر لوكاشينكو»), or one
 * name is a single word. Transliterated names vary by a letter or two, so closeness is an edit
 * distance relative to length.
 */

/** First names at least this close (1 − distance / longer length) are variants. */
const MIN_SIMILARITY = 0.6;

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Similarity in [0, 1] of two words. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/** Whether two names (as word keys) are the same person's. */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0 || a.at(-1) !== b.at(-1)) return false;
  if (a.length === 1 || b.length === 1) return true;
  return similarity(a[0]!, b[0]!) >= MIN_SIMILARITY;
}
