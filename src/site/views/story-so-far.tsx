import type { StoryView } from '../../related/story-read.js';
import { h, type Raw } from '../jsx/runtime.js';
import { txt, type ViewContext } from './context.js';
import { StoryTimeline } from './story-timeline.js';
import { storyPath } from './story-urls.js';

/** Entries the article page shows of its story: enough to place the article, few enough to stay a sidebar. */
export const SO_FAR_ENTRIES = 5;

/**
 * The entries around the article being read: a short story whole; a longer one, the latest
 * entries up to and including the article (what came before is "the story so far"), and the
 * newest one when the story has moved on since.
 */
export function soFarEntries(story: StoryView, currentId: number): StoryView['entries'] {
  if (story.entries.length <= SO_FAR_ENTRIES) return story.entries;
  const at = story.entries.findIndex((a) => a.id === currentId);
  const upTo = at < 0 ? story.entries.length : at + 1;
  const before = story.entries.slice(Math.max(0, upTo - SO_FAR_ENTRIES), upTo);
  const newest = story.entries[story.entries.length - 1]!;
  return upTo < story.entries.length && !before.includes(newest) ? [...before.slice(before.length >= SO_FAR_ENTRIES ? 1 : 0), newest] : before;
}

/** «القصة حتى الآن»: the article's place in its story, as a short timeline, with a link to the whole story. */
export function StorySoFar(props: { ctx: ViewContext; story: StoryView; currentId: number }): Raw {
  const { ctx, story } = props;
  const entries = soFarEntries(story, props.currentId);
  return (
    <aside class="story-so-far" aria-labelledby="story-so-far-title">
      <h2 id="story-so-far-title" class="story-so-far__title">
        القصة حتى الآن: <a href={storyPath(story)}>{txt(ctx, story.title)}</a>
      </h2>
      <StoryTimeline ctx={ctx} entries={entries} currentId={props.currentId} />
      <p class="story-so-far__more">
        <a href={storyPath(story)}>كل مراحل القصة (عدد المقالات: {txt(ctx, String(story.entries.length))})</a>
      </p>
    </aside>
  );
}
