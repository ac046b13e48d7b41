/**
 * The source in a dateline: a report that opens with its place, a dash and its source before a
 * colon («الدوحة - قنا:», «بيروت - «الحياة»:», «غزة - (أ ش أ):») credits an agency or a
 * newspaper. A reporter's byline has the same shape («بغداد - علي حسين:»), so a source that
 * opens with a given name or holds a person's name is left alone. Pure: returns new candidates.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Token } from '../text/tokenize.js';
import { isGivenName } from '../text/word-class.js';
import type { EntityCandidate } from '../types.js';
import { spanName } from './entity-matcher.js';

const DASHES = new Set(['-', '–', '—']);
const COLONS = new Set([':', '：']);
/** Marks around a source that stay out of its span. */
const WRAPPERS = new Set(['(', ')', '«', '»', '"']);
/** A source is a short name: an acronym spelt with dots («أ . ش . أ») runs to five tokens. */
const MAX_SOURCE = 5;

/** The dateline's source of one unit, if the unit opens with one on free tokens. */
export function findDatelineSource(
  g: Gazetteer,
  unit: number,
  text: string,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  entities: readonly EntityCandidate[],
): EntityCandidate[] {
  const place = entities.find((e) => e.from === 0 && e.kind === 'place');
  if (!place || !DASHES.has(tokens[place.to]?.text ?? '')) return [];
  let from = place.to + 1;
  let colon = from;
  while (colon < tokens.length && colon - from <= MAX_SOURCE + 2 && !COLONS.has(tokens[colon]!.text)) colon++;
  if (!COLONS.has(tokens[colon]?.text ?? '')) return [];
  let to = colon;
  while (from < to && WRAPPERS.has(tokens[from]!.text)) from++;
  while (to > from && WRAPPERS.has(tokens[to - 1]!.text)) to--;
  if (to <= from || to - from > MAX_SOURCE || tokens[from]!.kind !== 'word' || isGivenName(g, tokens[from]!)) return [];
  for (let k = from; k < to; k++) if (taken.has(k) || tokens[k]!.kind !== 'word' && tokens[k]!.text !== '.') return [];
  if (entities.some((e) => e.from < to && from < e.to)) return [];
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return [{ unit, from, to, start, end, kind: 'organization', name: spanName(text, start, end) }];
}
