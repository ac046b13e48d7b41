import type { ArticleSummary } from '../../article/index.js';
import { h, type Raw } from '../jsx/runtime.js';
import { articlePath } from '../urls.js';
import { txt, type ViewContext } from './context.js';
import { Time } from './time.js';

/**
 * A story's articles as a timeline, oldest first: date, headline, and (when `teasers`) the
 * teaser. The article being read is marked, not linked (`aria-current`).
 */
export function StoryTimeline(props: { ctx: ViewContext; entries: readonly ArticleSummary[]; currentId?: number; teasers?: boolean }): Raw {
  const { ctx } = props;
  return (
    <ol class="story-timeline">
      {props.entries.map((a) => {
        const current = a.id === props.currentId;
        return (
          <li class={current ? 'story-timeline__item story-timeline__item--current' : 'story-timeline__item'} aria-current={current ? 'page' : undefined}>
            {a.publishedAt ? <Time ctx={ctx} iso={a.publishedAt} withTime /> : null}
            <h3 class="story-timeline__headline">{current ? txt(ctx, a.headline) : <a href={articlePath(a)}>{txt(ctx, a.headline)}</a>}</h3>
            {props.teasers && a.teaser ? <p class="story-timeline__teaser">{txt(ctx, a.teaser)}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
