/**
 * A word-level diff for Arabic (and any) text: the texts are cut into words and the spaces
 * between them, and the longest common subsequence of those tokens is kept. Words are
 * compared exactly: a changed diacritic or hamza is a changed word, which is what an editor
 * wants to see. Letters are never split, so joined Arabic letters stay joined in the output.
 */

/** What happened to a run of text. */
export type DiffOp = 'same' | 'add' | 'del';

/** A run of text with what happened to it. */
export interface DiffSegment {
  op: DiffOp;
  text: string;
}

/** Above this many token pairs the table would cost too much; the texts are shown as replaced. */
const MAX_CELLS = 4_000_000;

const TOKEN_RE = /\s+|[^\s]+/gu;

/** Words and the whitespace between them, in order. */
export function tokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Appends a run, merging it with the previous one when the operation is the same. */
function push(out: DiffSegment[], op: DiffOp, text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** The word-level difference from `before` to `after`. */
export function diffWords(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const a = tokens(before);
  const b = tokens(after);
  // Common head and tail first: edits are usually local, and this keeps the table small.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: DiffSegment[] = [];
  push(out, 'same', a.slice(0, head).join(''));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const s of diffMiddle(midA, midB)) push(out, s.op, s.text);
  push(out, 'same', a.slice(a.length - tail).join(''));
  return out;
}

/** LCS over the differing middle. */
function diffMiddle(a: string[], b: string[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    push(out, 'del', a.join(''));
    push(out, 'add', b.join(''));
    return out;
  }
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'same', a[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!) {
      push(out, 'del', a[i++]!);
    } else {
      push(out, 'add', b[j++]!);
    }
  }
  while (i < n) push(out, 'del', a[i++]!);
  while (j < m) push(out, 'add', b[j++]!);
  return out;
}
