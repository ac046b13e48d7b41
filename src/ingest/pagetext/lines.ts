import { BYTE_ORDER_MARK } from './rules/punctuation.js';
import type { Line } from './types.js';

// CRLF first so a Windows line end counts once; a lone CR is an old Mac line end.
const LINE_BREAK_RE = /\r\n|\r|\n/;

/** The dump's lines, numbered from 1 and trimmed (trailing spaces and indentation are copy noise). */
export function readLines(text: string): Line[] {
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  return body.split(LINE_BREAK_RE).map((t, i) => ({ no: i + 1, text: t.trim() }));
}

/** Index of the next non-blank line at or after `from` and before `to`, or -1. */
export function nextText(lines: readonly Line[], from: number, to = lines.length): number {
  for (let i = from; i < to; i++) if (lines[i]!.text !== '') return i;
  return -1;
}
