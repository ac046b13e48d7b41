import type { Store } from '../store/index.js';
import { listFloorOf } from './books.js';
import { fromStored } from './codec.js';
import type { RelatedChanges } from './changes.js';
import { choosePicks, encodePicks, selectionDepth } from './picks.js';
import { orderPool } from './pool.js';
import type { RelatedSettings } from './settings.js';
import type { Profile } from './weigh.js';

/** Loads profiles not already known, decoded. */
export async function profilesFor(store: Store, ids: Iterable<number>, known: Map<number, Profile>): Promise<Map<number, Profile>> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length) for (const [id, p] of await store.related.profiles.get(missing)) known.set(id, fromStored(p));
  return known;
}

/**
 * Chooses again the lists of these articles from their stored pools (after a neighbour
 * joined or left), writing only the lists that came out different, and their list floors
 * (each kind in one statement, with the lists in `also`, already chosen, among them).
 */
export async function reselectLists(
  store: Store,
  ids: readonly number[],
  s: RelatedSettings,
  known: Map<number, Profile>,
  at: string,
  out: RelatedChanges,
  also: ReadonlyArray<{ articleId: number; json: string }> = [],
): Promise<void> {
  if (ids.length === 0) {
    if (also.length) await store.related.lists.setPicks(also, at);
    return;
  }
  const [pools, facts, old] = await Promise.all([store.related.lists.pools(ids), store.related.facts(ids), store.related.lists.picks(ids)]);
  const depth = selectionDepth(s);
  const needed = new Set<number>(ids);
  for (const id of ids) {
    for (const e of orderPool(pools.get(id) ?? []).slice(0, depth)) needed.add(e.targetId);
    for (const pin of facts.get(id)?.pins ?? []) needed.add(pin);
  }
  const profiles = await profilesFor(store, needed, known);
  const floors: Array<{ articleId: number; floor: number }> = [];
  const lists = [...also];
  for (const id of ids) {
    const self = profiles.get(id);
    if (!self) continue;
    const picks = choosePicks(self, pools.get(id) ?? [], profiles, facts.get(id), s).picks;
    const floor = listFloorOf(picks.map((p) => p.parts), s);
    if (floor !== self.books.listFloor) floors.push({ articleId: id, floor });
    const json = encodePicks(picks);
    if (json === old.get(id)) continue;
    lists.push({ articleId: id, json });
    out.lists.add(id);
  }
  if (floors.length) await store.related.profiles.setListFloors(floors);
  if (lists.length) await store.related.lists.setPicks(lists, at);
}
