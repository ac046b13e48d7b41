/**
 * Reads what a reader typed into a search box: quoted phrases ("…", «…», “…”), excluded
 * words (-كلمة), and the rest. Nothing here is ever passed to a database as syntax: the
 * parts are analysed into plain terms afterwards.
 */

/** Queries longer than this are refused with a message (they are pasted articles, not searches). */
export const MAX_QUERY_CHARS = 1000;

/** A parsed query. */
export interface ParsedQuery {
  /** The query as it will be shown back (control characters removed, spaces collapsed). */
  text: string;
  /** The free words, in order. */
  words: string;
  /** Each quoted phrase's text. */
  phrases: string[];
  /** Words the results must not contain. */
  excluded: string[];
}

/** Why a query could not be run. */
export type QueryProblem = { code: 'empty' | 'too_long'; message: string };

// C0/C1 controls, bidi overrides and isolates (a pasted RLO must not reorder the echoed query), zero-width joiners kept.
const CONTROL_RE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const PHRASE_RE = /"([^"]*)"|«([^»]*)»|“([^”]*)”/g;
const EXCLUDE_RE = /(^|\s)[-−]([^\s-−][^\s]*)/g;

/** Parses a search box's text, or says why it cannot be searched. */
export function parseQuery(
  input: string,
  syntax: 'operators' | 'plain' = 'operators',
): { ok: true; query: ParsedQuery } | { ok: false; problem: QueryProblem } {
  const text = input.replace(CONTROL_RE, ' ').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUERY_CHARS) {
    return { ok: false, problem: { code: 'too_long', message: `نص البحث أطول من ${MAX_QUERY_CHARS} حرف؛ اختصره إلى كلمات مفتاحية.` } };
  }
  if (syntax === 'plain') {
    const words = text.replace(/["«»“”]/g, ' ').replace(/\s+/g, ' ').trim();
    if (!words) return { ok: false, problem: { code: 'empty', message: 'اكتب كلمة أو أكثر للبحث.' } };
    return { ok: true, query: { text, words, phrases: [], excluded: [] } };
  }
  const phrases: string[] = [];
  let rest = text.replace(PHRASE_RE, (_m, a?: string, b?: string, c?: string) => {
    const p = (a ?? b ?? c ?? '').trim();
    if (p) phrases.push(p);
    return ' ';
  });
  const excluded: string[] = [];
  rest = rest.replace(EXCLUDE_RE, (_m, lead: string, word: string) => {
    excluded.push(word);
    return lead;
  });
  const words = rest.replace(/["«»“”]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!words && phrases.length === 0) {
    return { ok: false, problem: { code: 'empty', message: 'اكتب كلمة أو أكثر للبحث.' } };
  }
  return { ok: true, query: { text, words, phrases, excluded } };
}
