/**
 * Presents an analysis as DESIGN.md's annotations: plain field maps, block numbers and offsets.
 * People, places and organisations are listed in order of first mention.
 */
import type { Analysis } from './analyze.js';
import { bestRole } from './people/coref.js';
import { phraseKey } from './text/key.js';
import type { Annotations, EntityAnnotation, Mention, PersonAnnotation, QuoteAnnotation } from './types.js';

function mention(a: Analysis, unit: number, start: number, end: number): Mention {
  const u = a.units[unit]!;
  return { text: u.text.slice(start, end), block: u.block, start, end };
}

function presentPeople(a: Analysis): PersonAnnotation[] {
  const byId = new Map<number, PersonAnnotation>();
  for (const m of a.people.mentions) {
    if (m.entity === null) continue;
    let p = byId.get(m.entity);
    if (!p) {
      const person = a.people.people[m.entity]!;
      p = { name: person.name, role: bestRole(person)?.text ?? null, mentions: [] };
      byId.set(m.entity, p);
    }
    p.mentions.push(mention(a, m.unit, m.start, m.end));
  }
  return [...byId.values()];
}

function presentEntities(a: Analysis, kind: 'place' | 'organization'): EntityAnnotation[] {
  const byName = new Map<string, EntityAnnotation>();
  for (const e of a.entities) {
    if (e.kind !== kind) continue;
    const key = phraseKey(e.name);
    const entry = byName.get(key) ?? { name: e.name, mentions: [] };
    entry.mentions.push(mention(a, e.unit, e.start, e.end));
    byName.set(key, entry);
  }
  return [...byName.values()];
}

function presentQuotes(a: Analysis): QuoteAnnotation[] {
  return a.quotes.map(({ span, speaker }) => {
    const parts = span.parts.map((p) => ({ block: a.units[p.block]!.block, start: p.start, end: p.end }));
    const text = span.parts.map((p) => a.units[p.block]!.text.slice(p.start, p.end)).join(' ');
    const [first, ...rest] = parts;
    const who = !speaker ? null : speaker.kind === 'person' ? a.people.people[speaker.id]!.name : speaker.text;
    return { speaker: who, text, ...first!, ...(rest.length ? { continues: rest } : {}) };
  });
}

/** The annotations of an analysed article. */
export function present(a: Analysis): Annotations {
  return {
    people: presentPeople(a),
    places: presentEntities(a, 'place'),
    organizations: presentEntities(a, 'organization'),
    quotes: presentQuotes(a),
  };
}
