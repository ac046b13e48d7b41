/** Where entities live on the reader site: `/person/{id}-{slug}`, `/place/…`, `/organization/…`. */
import type { EntityKind } from '../../store/annotations/index.js';

/** The path segment of each kind. */
export const KIND_SEGMENT: Readonly<Record<EntityKind, string>> = { person: 'person', place: 'place', organization: 'organization' };

/** What each kind is called above its page's title. */
export const KIND_LABEL: Readonly<Record<EntityKind, string>> = { person: 'شخصية', place: 'مكان', organization: 'جهة' };

/** The canonical path of an entity page: its id (stable across renames) then its slug (readable). */
export function entityPath(e: { id: number; kind: EntityKind; slug: string }, page = 1): string {
  return `/${KIND_SEGMENT[e.kind]}/${e.id}-${encodeURIComponent(e.slug)}${page > 1 ? `?page=${page}` : ''}`;
}

/** A person's page of every quotation. */
export function quotesPath(e: { id: number; kind: EntityKind; slug: string }, page = 1): string {
  return `/${KIND_SEGMENT[e.kind]}/${e.id}-${encodeURIComponent(e.slug)}/quotes${page > 1 ? `?page=${page}` : ''}`;
}

/** Splits `{id}-{slug}` (or a bare id) into its parts. */
export function parseEntityRef(ref: string): { id: number; slug: string } | null {
  const m = /^([0-9]{1,10})(?:-(.*))?$/s.exec(ref);
  return m ? { id: Number(m[1]), slug: m[2] ?? '' } : null;
}
