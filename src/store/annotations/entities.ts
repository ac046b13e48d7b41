/**
 * Names to entities: every spelling is a row of entity_names (kind, key) → entity, so the same
 * person found in many articles is one entity, and names editors renamed or merged keep
 * pointing where editors said. New names make new entities; a concurrent writer that made the
 * same one first wins (the name's primary key decides) and ours is dropped.
 */
import { slugify } from '../../article/index.js';
import type { Db } from './rows.js';
import type { EntityKind } from './types.js';

/** What a spelling resolves to: the live entity, or a rejected one (its mentions are skipped). */
export interface Resolution {
  id: number;
  rejected: boolean;
}

/** Follows merges to the entity that absorbed `id` (merges are flattened, but be safe with chains). */
export async function liveEntity(db: Db, id: number): Promise<{ id: number; rejected: boolean } | null> {
  let current = id;
  for (let hops = 0; hops < 8; hops++) {
    const row = await db.selectFrom('entities').select(['id', 'merged_into', 'rejected']).where('id', '=', current).executeTakeFirst();
    if (!row) return null;
    if (row.merged_into === null) return { id: row.id, rejected: row.rejected === 1 };
    current = row.merged_into;
  }
  return null;
}

/** The entities these spellings of one kind already name, by key. */
async function known(db: Db, kind: EntityKind, keys: readonly string[]): Promise<Map<string, Resolution>> {
  const out = new Map<string, Resolution>();
  if (!keys.length) return out;
  const rows = await db
    .selectFrom('entity_names')
    .innerJoin('entities', 'entities.id', 'entity_names.entity_id')
    .select(['entity_names.key', 'entities.id', 'entities.merged_into', 'entities.rejected'])
    .where('entity_names.kind', '=', kind)
    .where('entity_names.key', 'in', [...new Set(keys)])
    .execute();
  for (const r of rows) {
    const live = r.merged_into === null ? { id: r.id, rejected: r.rejected === 1 } : await liveEntity(db, r.merged_into);
    if (live) out.set(r.key, live);
  }
  return out;
}

/** Creates an entity for a new spelling, unless another writer just did. */
async function create(db: Db, kind: EntityKind, name: string, key: string, role: string | null, now: string): Promise<Resolution> {
  const { id } = await db
    .insertInto('entities')
    .values({ kind, name, slug: slugify(name, kind), role, merged_into: null, rejected: 0, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('entity_names')
    .values({ kind, key, text: name, entity_id: id })
    .onConflict((oc) => oc.columns(['kind', 'key']).doNothing())
    .execute();
  const owner = await db.selectFrom('entity_names').select('entity_id').where('kind', '=', kind).where('key', '=', key).executeTakeFirstOrThrow();
  if (owner.entity_id === id) return { id, rejected: false };
  await db.deleteFrom('entities').where('id', '=', id).execute();
  return (await liveEntity(db, owner.entity_id)) ?? { id: owner.entity_id, rejected: false };
}

/** A spelling to resolve: its kind, key, the name as found and a role to start with. */
export interface NameToResolve {
  kind: EntityKind;
  key: string;
  name: string;
  role: string | null;
}

/** Resolves spellings to entities, creating the new ones; keyed by `kind:key`. */
export async function resolveNames(db: Db, names: readonly NameToResolve[], now: string): Promise<Map<string, Resolution>> {
  const out = new Map<string, Resolution>();
  const kinds = [...new Set(names.map((n) => n.kind))];
  for (const kind of kinds) {
    const found = await known(db, kind, names.filter((n) => n.kind === kind).map((n) => n.key));
    for (const [key, r] of found) out.set(`${kind}:${key}`, r);
  }
  for (const n of names) {
    const k = `${n.kind}:${n.key}`;
    if (!out.has(k)) out.set(k, await create(db, n.kind, n.name, n.key, n.role, now));
  }
  return out;
}
