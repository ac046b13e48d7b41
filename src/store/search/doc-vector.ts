import { INDEX_FIELDS, type IndexDocument, type IndexField } from './types.js';

/** How often a term occurs in each field of one article, in INDEX_FIELDS order. */
export type FieldCounts = [headline: number, deck: number, lead: number, body: number];

/** An article's terms with their per-field counts: the "forward index" row BM25 reranking reads. */
export type DocVector = Map<string, FieldCounts>;

const SAFE_TERM_RE = /^[\p{L}\p{N}]+$/u;

/** Counts the terms of an index document per field (terms that are not clean letters/digits are skipped). */
export function vectorOf(doc: IndexDocument): DocVector {
  const v: DocVector = new Map();
  INDEX_FIELDS.forEach((field, f) => {
    for (const term of doc[field]) {
      if (!SAFE_TERM_RE.test(term)) continue;
      let counts = v.get(term);
      if (!counts) v.set(term, (counts = [0, 0, 0, 0]));
      counts[f]!++;
    }
  });
  return v;
}

/** The article's length as BM25 measures it: its terms over all fields. */
export function lengthOf(doc: IndexDocument): number {
  return INDEX_FIELDS.reduce((n, f) => n + doc[f].filter((t) => SAFE_TERM_RE.test(t)).length, 0);
}

/**
 * Stored form: `term:h,d,l,b` separated by spaces. Terms are letters and digits only, so
 * neither separator can occur in one.
 */
export function encodeVector(v: DocVector): string {
  const parts: string[] = [];
  for (const [term, c] of v) parts.push(`${term}:${c.join(',')}`);
  return parts.join(' ');
}

/**
 * Reads back the counts of the wanted terms only (reranking needs a handful of a vector's
 * terms): each term is found by a native string search for `term:` at a part's start, instead
 * of splitting the whole vector (hundreds of parts) for every candidate.
 */
export function countsIn(encoded: string, wanted: ReadonlySet<string>): Map<string, FieldCounts> {
  const out = new Map<string, FieldCounts>();
  if (!encoded) return out;
  for (const term of wanted) {
    const key = `${term}:`;
    let at = encoded.startsWith(key) ? 0 : encoded.indexOf(` ${key}`);
    if (at < 0) continue;
    if (at > 0) at += 1;
    const from = at + key.length;
    const end = encoded.indexOf(' ', from);
    out.set(term, encoded.slice(from, end < 0 ? undefined : end).split(',').map(Number) as FieldCounts);
  }
  return out;
}

/** Whether a term occurs in any field of a scope, from its counts. */
export function presentIn(counts: FieldCounts, fields: readonly IndexField[]): boolean {
  return fields.some((f) => counts[INDEX_FIELDS.indexOf(f)]! > 0);
}
