import type { IndexField } from './types.js';

/**
 * Builds FTS5 MATCH expressions from analysed terms. Terms are letters and digits only
 * (the analyzer guarantees it), and every one is still written as a quoted string, so no
 * user text can ever be read as FTS5 syntax.
 */

const SAFE_TERM_RE = /^[\p{L}\p{N}]+$/u;

/** Quotes one term (drops anything that is not a clean term). */
function quoted(term: string): string | null {
  return SAFE_TERM_RE.test(term) ? `"${term}"` : null;
}

/** `{headline body}: ` — restricts an expression to the chosen fields. */
function columns(fields: readonly IndexField[]): string {
  return `{${fields.join(' ')}}: `;
}

/** `{fields}: ("a" OR "b" OR "c")`, with `*` after each term when matching prefixes. */
export function anyTerm(terms: readonly string[], fields: readonly IndexField[], prefix = false): string | null {
  const parts = terms.map(quoted).filter((t): t is string => t !== null).map((t) => (prefix ? `${t} *` : t));
  return parts.length ? `${columns(fields)}(${parts.join(' OR ')})` : null;
}

/** `{fields}: "a b"` for a phrase (FTS5's phrase is a space-separated run inside one string). */
export function phrase(terms: readonly string[], fields: readonly IndexField[]): string | null {
  const clean = terms.filter((t) => SAFE_TERM_RE.test(t));
  return clean.length ? `${columns(fields)}"${clean.join(' ')}"` : null;
}
