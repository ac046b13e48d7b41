/**
 * Annotations as the store keeps them: each entity with the match key that makes the same
 * name one entity across articles, and each quotation's speaker as a person's key or a group as
 * written. Plain data in the shape src/store/annotations/types.ts declares (enrich does not
 * import the store; the composition root checks that the shapes fit).
 */
import type { EntityKind } from './gazetteer/gazetteer.js';
import { phraseKey } from './text/key.js';
import type { Annotations, Mention, Span } from './types.js';

/** An entity with its key and mentions. */
export interface EntityRecord {
  kind: EntityKind;
  name: string;
  key: string;
  role: string | null;
  mentions: Mention[];
}

/** A quotation with its speaker by key (a person) or as written (a group). */
export interface QuoteRecord extends Span {
  text: string;
  speakerKey: string | null;
  speakerText: string | null;
  continues?: Span[];
}

/** What the store writes for one article. */
export interface AnnotationRecords {
  version: number;
  entities: EntityRecord[];
  quotes: QuoteRecord[];
}

/** The match key of an entity's name: names with the same key are one entity. */
export function entityKey(name: string): string {
  return phraseKey(name);
}

/** Annotations as records, stamped with the rules version. */
export function toRecords(a: Annotations, version: number): AnnotationRecords {
  const people = new Set(a.people.map((p) => entityKey(p.name)));
  const entities: EntityRecord[] = [
    ...a.people.map((p) => ({ kind: 'person' as const, name: p.name, key: entityKey(p.name), role: p.role, mentions: p.mentions })),
    ...a.places.map((p) => ({ kind: 'place' as const, name: p.name, key: entityKey(p.name), role: null, mentions: p.mentions })),
    ...a.organizations.map((o) => ({ kind: 'organization' as const, name: o.name, key: entityKey(o.name), role: null, mentions: o.mentions })),
  ].filter((e) => e.key !== '');
  const quotes = a.quotes.map((q): QuoteRecord => {
    const key = q.speaker === null ? null : entityKey(q.speaker);
    const person = key !== null && people.has(key);
    return {
      text: q.text,
      block: q.block,
      start: q.start,
      end: q.end,
      speakerKey: person ? key : null,
      speakerText: person ? null : q.speaker,
      ...(q.continues?.length ? { continues: q.continues } : {}),
    };
  });
  return { version, entities, quotes };
}
