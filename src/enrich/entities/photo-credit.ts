/**
 * Agency credits in captions and datelines: a feminine nationality adjective alone in
 * parentheses names a news agency, «(الفرنسية)» Agence France-Presse, «(الأوروبية)» EPA,
 * «(الألمانية)» DPA, also with a note after a dash: «(الفرنسية - أرشيف)». Pure.
 */
import { keyOf } from '../text/key.js';
import type { Token } from '../text/tokenize.js';
import type { EntityCandidate } from '../types.js';

/** Credit adjective → the agency's canonical name. */
const CREDITS = new Map(
  [
    ['الفرنسية', 'وكالة الصحافة الفرنسية'],
    ['الأوروبية', 'الوكالة الأوروبية للصور الصحفية'],
    ['الألمانية', 'وكالة الأنباء الألمانية'],
  ].map(([adjective, agency]) => [keyOf(adjective!), agency!] as const),
);
const OPEN = '(';
const CLOSERS = new Set([')', '-', '–', '/', '،', ',']);

/** Credits in one text unit, on tokens no other reading took. */
export function findCredits(unit: number, tokens: readonly Token[], taken: ReadonlySet<number>): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const agency = t.kind === 'word' ? CREDITS.get(t.key) : undefined;
    if (!agency || taken.has(i) || tokens[i - 1]!.text !== OPEN || !CLOSERS.has(tokens[i + 1]!.text)) continue;
    out.push({ unit, from: i, to: i + 1, start: t.start, end: t.end, kind: 'organization', name: agency });
  }
  return out;
}
