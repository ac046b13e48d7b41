/**
 * Flat entity spans of an analysis, for scoring against span-annotated corpora: a person's
 * span is the name alone (a role stays out: «الرئيس الروسي [فلاديمير بوتين]»), surnames
 * included; roles alone are not names and are left out.
 */
import type { Analysis } from './analyze.js';
import type { EntityKind } from './gazetteer/gazetteer.js';

/** One named span. */
export interface EntitySpan {
  readonly kind: EntityKind;
  /** Index into analysis.units. */
  readonly unit: number;
  readonly start: number;
  readonly end: number;
}

/** Every name span of people, places and organisations, in unit order. */
export function entitySpans(a: Analysis): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const m of a.people.mentions) {
    if (m.form !== 'title') out.push({ kind: 'person', unit: m.unit, start: m.nameStart, end: m.end });
  }
  for (const e of a.entities) out.push({ kind: e.kind, unit: e.unit, start: e.start, end: e.end });
  return out.sort((x, y) => x.unit - y.unit || x.start - y.start);
}
