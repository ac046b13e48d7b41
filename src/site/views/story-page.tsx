import type { StoryView } from '../../related/story-read.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { txt, type ViewContext } from './context.js';
import { StoryTimeline } from './story-timeline.js';
import { storyPath } from './story-urls.js';
import { Time } from './time.js';

/** A story's own page: its title, when it last moved, and every public article, oldest first, with teasers. */
export function StoryPage(props: { ctx: ViewContext; story: StoryView }): Raw {
  const { ctx, story } = props;
  const latest = story.entries[story.entries.length - 1]!;
  return (
    <>
      <header class="list-header story-header">
        <p class="list-header__kind">قصة متواصلة</p>
        <h1>{txt(ctx, story.title)}</h1>
        <p class="story-header__meta">
          عدد المقالات: {txt(ctx, String(story.entries.length))} · آخر تطور{' '}
          {latest.publishedAt ? <Time ctx={ctx} iso={latest.publishedAt} withTime /> : null} ·{' '}
          <a href={`${storyPath(story)}/feed.xml`} type="application/rss+xml">
            تابع القصة عبر RSS
          </a>
        </p>
      </header>
      <section class="story" aria-label="التسلسل الزمني للقصة">
        <StoryTimeline ctx={ctx} entries={story.entries} teasers />
      </section>
    </>
  );
}
