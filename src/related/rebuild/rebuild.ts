import type { Store } from '../../store/index.js';
import { applyArticleChange } from '../apply.js';
import { booksOf } from '../books.js';
import { toStored } from '../codec.js';
import { noChanges } from '../changes.js';
import type { RelatedHookOptions } from '../hook.js';
import { isListable } from '../listable.js';
import { choosePicks, encodePicks } from '../picks.js';
import { partsJson } from '../pool.js';
import { rawProfile } from '../profile.js';
import { loadSettings } from '../settings-store.js';
import type { Profile } from '../weigh.js';
import { packRaw } from './compact.js';
import { computeRelated, type RebuildItem } from './compute.js';
import { writeStories } from './stories.js';
import { UnionFind } from './union-find.js';

/** Articles read per query while profiling. */
const READ_BATCH = 500;

/** What a rebuild did. */
export interface RebuildReport {
  articles: number;
  stories: number;
  seconds: number;
  /** Articles written while it ran, brought up to date after it. */
  caughtUp: number;
}

/** Progress of a rebuild, stage by stage. */
export type RebuildProgress = (stage: 'profiles' | 'candidates' | 'scores' | 'writing', done: number, total: number) => void;

/**
 * Recomputes every related list and story from the articles: profiles are read in batches,
 * everything is computed in memory, then written in one transaction, so readers keep the old
 * lists until the new ones are complete. Articles written meanwhile are then passed through the
 * write path again, so nothing published during the rebuild is left out. Lists that came out
 * different, and every story, are reported through `onChange` like a write's.
 */
export async function rebuildRelated(store: Store, deps: RelatedHookOptions, progress?: RebuildProgress): Promise<RebuildReport> {
  const started = Date.now();
  const startedAt = (deps.now?.() ?? new Date()).toISOString();
  const s = await loadSettings(store);
  const ids = await store.related.listableIds();
  const items: RebuildItem[] = [];
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    const batch = ids.slice(i, i + READ_BATCH);
    const [texts, entities] = await Promise.all([store.related.texts(batch), store.related.entitiesOf(batch)]);
    for (const a of texts) {
      if (!isListable(a)) continue;
      items.push({ id: a.id, raw: packRaw(rawProfile(a, deps.analyzer(), entities.get(a.id))), publishedAt: a.publishedAt, sectionId: a.section?.id ?? null });
    }
    progress?.('profiles', Math.min(i + READ_BATCH, ids.length), ids.length);
  }
  const result = computeRelated(items, s, progress);
  const byId = new Map<number, Profile>(result.profiles.map((p) => [p.id, p]));
  const groups = new UnionFind(items.length);
  // Strongest links first, as the write path joins an article to its strongest story first; no merge past the size cap.
  for (const l of [...result.links].sort((x, y) => y.affinity - x.affinity || x.a - y.a || x.b - y.b)) groups.union(l.a, l.b, s.storyMaxSize);
  const storyGroups = groups.groups(s.storyMinSize).map((g) => g.map((at) => items[at]!.id));

  let stories = 0;
  await store.transaction(async (tx) => {
    const before = await tx.related.allMemberships();
    const oldPicks = await tx.related.lists.picks(await tx.related.listableIds());
    const changes = noChanges();
    await tx.related.clear();
    await tx.related.profiles.replaceFrequencies(result.df, result.n);
    await tx.related.postings.bulkInsert(result.signatures.flatMap((sig, at) => sig.map((f) => ({ feature: f.feature, articleId: items[at]!.id, weight: f.weight }))));
    const facts = await tx.related.facts(items.map((it) => it.id));
    const at = startedAt;
    for (let i = 0; i < items.length; i += READ_BATCH) {
      const pools = [];
      const picks = [];
      const profiles = [];
      for (let a = i; a < Math.min(i + READ_BATCH, items.length); a++) {
        const id = items[a]!.id;
        const rows = result.pools[a]!.map((x) => ({ articleId: id, targetId: items[x.at]!.id, score: x.parts.score, text: x.parts.text, parts: partsJson(x.parts) }));
        pools.push(...rows);
        const chosen = choosePicks(byId.get(id)!, rows, byId, facts.get(id), s).picks;
        const json = encodePicks(chosen);
        if (json !== oldPicks.get(id)) changes.lists.add(id);
        picks.push({ articleId: id, json });
        profiles.push(toStored({ ...byId.get(id)!, books: booksOf(rows, chosen.map((p) => p.parts), s) }));
      }
      await tx.related.bulk.profiles(profiles);
      await tx.related.bulk.pools(pools);
      await tx.related.bulk.picks(picks, at);
      progress?.('writing', Math.min(i + READ_BATCH, items.length), items.length);
    }
    await tx.related.bulk.links(result.links.map((l) => ({ articleId: items[l.a]!.id, otherId: items[l.b]!.id, affinity: l.affinity })));
    for (const id of oldPicks.keys()) if (!byId.has(id)) changes.lists.add(id);
    stories = await writeStories(tx, storyGroups, before, at);
    for (const id of new Set([...before.values(), ...(await tx.related.stories.list(1_000_000)).map((x) => x.id)])) changes.stories.add(id);
    for (const id of [...before.keys(), ...storyGroups.flat()]) changes.pages.add(id);
    await deps.onChange?.(tx, changes);
  });

  // Every list was replaced at once: the planner's figures are those of the old tables.
  await store.refreshStatistics();
  const late = await store.related.changedSince(startedAt);
  for (const id of late) {
    await store.transaction(async (tx) => {
      const a = await tx.articles.get(id);
      const changes = await applyArticleChange(tx, { id, before: a && isListable(a) ? a : null, after: a }, deps);
      await deps.onChange?.(tx, changes);
    });
  }
  return { articles: items.length, stories, seconds: (Date.now() - started) / 1000, caughtUp: late.length };
}
