import { isPublicAt, type ArticleSummary } from '../article/index.js';
import type { Store } from '../store/index.js';

/** A story as readers see it: its public articles, oldest first. */
export interface StoryView {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly updatedAt: string;
  readonly entries: ArticleSummary[];
}

/** The fewest public articles a story needs to be shown (a story of one is just an article). */
export const MIN_SHOWN = 2;

/** A story's view, or null when it has too few public articles to show. */
async function viewOf(store: Store, story: { id: number; slug: string; title: string; updatedAt: string }, now: Date): Promise<StoryView | null> {
  const members = await store.related.stories.members(story.id);
  const entries = (await store.articles.summaries(members.map((m) => m.articleId)))
    .filter((a) => isPublicAt(a, now))
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id - b.id);
  return entries.length >= MIN_SHOWN ? { id: story.id, slug: story.slug, title: story.title, updatedAt: story.updatedAt, entries } : null;
}

/** The story an article belongs to, as readers see it (null when none, or too small to show). */
export async function storyOfArticle(store: Store, articleId: number, now: Date): Promise<StoryView | null> {
  const storyId = (await store.related.stories.membership([articleId])).get(articleId);
  if (storyId === undefined) return null;
  const story = await store.related.stories.get(storyId);
  return story && story.mergedInto === null ? viewOf(store, story, now) : null;
}

/** A story by id: its view, where a merged story now lives, or null. */
export async function storyById(store: Store, id: number, now: Date): Promise<{ view: StoryView } | { movedTo: { id: number; slug: string } } | null> {
  const story = await store.related.stories.get(id);
  if (!story) return null;
  if (story.mergedInto !== null) {
    const heir = await store.related.stories.get(story.mergedInto);
    return heir && heir.mergedInto === null ? { movedTo: { id: heir.id, slug: heir.slug } } : null;
  }
  const view = await viewOf(store, story, now);
  return view ? { view } : null;
}
