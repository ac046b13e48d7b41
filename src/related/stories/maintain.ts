import { slugify } from '../../article/index.js';
import type { Store } from '../../store/index.js';
import type { RelatedSettings } from '../settings.js';
import { splitComponents } from './components.js';
import { storyTitle } from './title.js';

/** Which articles' pages and which stories a story change touched. */
export interface StoryChanges {
  readonly pages: Set<number>;
  readonly stories: Set<number>;
}

/** Retitles a story from its members' tags and headlines. */
async function retitle(store: Store, storyId: number, memberIds: readonly number[], at: string): Promise<void> {
  const [facts, summaries] = await Promise.all([store.related.facts(memberIds), store.articles.summaries(memberIds)]);
  const sources = summaries.map((a) => ({ headline: a.headline, publishedAt: a.publishedAt, tags: facts.get(a.id)?.tags ?? [] }));
  const tagUse = await store.related.tagUse(sources.flatMap((m) => m.tags));
  const title = storyTitle(sources, tagUse);
  await store.related.stories.update(storyId, { title, slug: slugify(title, 'story'), at });
}

/**
 * Makes one group of articles one story, or none: a group big enough keeps the oldest story
 * among its members (`keep` forces one), the others are merged into it and their pages
 * redirect; a group too small lets go of any story it held.
 */
export async function settleGroup(store: Store, group: readonly number[], s: RelatedSettings, at: string, out: StoryChanges, keep?: number): Promise<void> {
  const membership = await store.related.stories.membership(group);
  const held = [...new Set(membership.values())].sort((a, b) => a - b);
  if (group.length < s.storyMinSize) {
    if (membership.size === 0) return;
    await store.related.stories.unassign([...membership.keys()]);
    for (const id of held) {
      if ((await store.related.stories.members(id)).length === 0) await store.related.stories.dissolve(id);
      out.stories.add(id);
    }
    for (const id of membership.keys()) out.pages.add(id);
    return;
  }
  const facts = await store.related.facts(group);
  const target = keep ?? held[0] ?? (await store.related.stories.create({ slug: 'story', title: '', at }));
  await store.related.stories.assign(
    target,
    group.map((id) => ({ articleId: id, publishedAt: facts.get(id)?.publishedAt ?? null })),
  );
  for (const other of held) {
    if (other === target) continue;
    if ((await store.related.stories.members(other)).length === 0) await store.related.stories.retire(other, target, at);
    out.stories.add(other);
  }
  await retitle(store, target, (await store.related.stories.members(target)).map((m) => m.articleId), at);
  out.stories.add(target);
  for (const id of group) out.pages.add(id);
}

/** The group an article is in now: its story's members, or the storyless articles linked to it (a walk bounded by `max`). */
async function groupOf(store: Store, id: number, max: number): Promise<number[]> {
  const storyId = (await store.related.stories.membership([id])).get(id);
  if (storyId !== undefined) return (await store.related.stories.members(storyId)).map((m) => m.articleId);
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length && seen.size <= max) {
    const [links, membership] = await Promise.all([store.related.stories.links(frontier), store.related.stories.membership(frontier)]);
    const next: number[] = [];
    for (const x of frontier) {
      if (membership.has(x) && x !== id) continue;
      for (const y of links.get(x) ?? []) if (!seen.has(y)) (seen.add(y), next.push(y));
    }
    frontier = next;
  }
  const inStory = await store.related.stories.membership([...seen]);
  return [...seen].filter((x) => !inStory.has(x));
}

/**
 * After an article joins (with its links written): following its links strongest first, it
 * gathers the groups they lead to (stories, or storyless neighbours) as long as the whole stays
 * within the story size cap; a gathering big enough becomes one story (the oldest story among
 * them lives on, the others are merged into it).
 */
export async function storyAfterAdd(store: Store, id: number, links: ReadonlyArray<{ otherId: number; affinity: number }>, s: RelatedSettings, at: string, out: StoryChanges): Promise<void> {
  if (links.length === 0) return;
  const gathered = new Set<number>([id]);
  for (const link of [...links].sort((a, b) => b.affinity - a.affinity || a.otherId - b.otherId)) {
    if (gathered.has(link.otherId)) continue;
    const group = await groupOf(store, link.otherId, s.storyMaxSize);
    const fresh = group.filter((x) => !gathered.has(x));
    if (gathered.size + fresh.length > s.storyMaxSize) continue;
    for (const x of fresh) gathered.add(x);
  }
  if (gathered.size > 1) await settleGroup(store, [...gathered], s, at, out);
}

/**
 * After an article leaves (its links already gone): its story keeps the largest remaining
 * linked group, the rest split off into stories of their own or none.
 */
export async function storyAfterRemove(store: Store, storyId: number | undefined, s: RelatedSettings, at: string, out: StoryChanges): Promise<void> {
  if (storyId === undefined) return;
  const remaining = (await store.related.stories.members(storyId)).map((m) => m.articleId);
  out.stories.add(storyId);
  for (const id of remaining) out.pages.add(id);
  if (remaining.length === 0) {
    await store.related.stories.dissolve(storyId);
    return;
  }
  const [first, ...rest] = await splitComponents(store, remaining);
  for (const group of rest) {
    await store.related.stories.unassign(group);
    await settleGroup(store, group, s, at, out);
  }
  await settleGroup(store, first!, s, at, out, first!.length >= s.storyMinSize ? storyId : undefined);
}
