/**
 * Corrections that teach the gazetteer: what editors confirm or fix, and the store's growing
 * entity table, become entries the matchers read on the next article. Each correction is plain
 * data, so the store can keep them and replay them onto a fresh gazetteer at start-up.
 */
import type { EntityKind, Gazetteer } from './gazetteer.js';

/** One editor's correction, or one row of the store's entity table. */
export type Correction =
  /** An entity confirmed (or a row of the entity table): its name, kind and other spellings. */
  | { readonly type: 'confirm'; readonly name: string; readonly kind: EntityKind; readonly aliases?: readonly string[]; readonly role?: string | null; readonly country?: string | null }
  /** A name shown wrongly: `from` now points to `to`. */
  | { readonly type: 'rename'; readonly from: string; readonly to: string; readonly kind: EntityKind }
  /** Two entities that are one: every name in `names` points to `into`. */
  | { readonly type: 'merge'; readonly names: readonly string[]; readonly into: string; readonly kind: EntityKind }
  /** A phrase found as an entity that is none. */
  | { readonly type: 'reject'; readonly text: string }
  /** A quotation's speaker changed: the speaker is a person worth knowing. */
  | { readonly type: 'speaker'; readonly speaker: string; readonly role?: string | null };

/** Applies corrections, in order, to a gazetteer (mutates it and returns it). */
export function teach(g: Gazetteer, corrections: Iterable<Correction>): Gazetteer {
  for (const c of corrections) {
    switch (c.type) {
      case 'confirm':
        g.addEntity({ name: c.name, kind: c.kind, role: c.role ?? null, country: c.country ?? null }, c.aliases ?? []);
        break;
      case 'rename':
        g.addEntity({ name: c.to, kind: c.kind }, [c.from]);
        break;
      case 'merge':
        g.addEntity({ name: c.into, kind: c.kind }, c.names);
        break;
      case 'reject':
        g.reject(c.text);
        break;
      case 'speaker':
        if (!g.entity(c.speaker)) g.addEntity({ name: c.speaker, kind: 'person', role: c.role ?? null });
        break;
    }
  }
  return g;
}
