import type { ArticleSummary } from '../../article/index.js';
import { h, type Raw } from '../jsx/runtime.js';
import { articlePath } from '../urls.js';
import { Byline } from './byline.js';
import { txt, type ViewContext } from './context.js';
import { Photo } from './figure.js';
import { Time } from './time.js';
import { VideoBadge } from './video-badge.js';

/** How large a card is drawn. */
export type CardSize = 'lead' | 'standard' | 'compact';

/** The card's label: the content type when there is one, else the section. */
export function cardLabel(a: Pick<ArticleSummary, 'kicker' | 'section'>): string | null {
  return a.kicker ?? a.section?.name ?? null;
}

/**
 * A story card as on the reference page's related module: label, photo (or placeholder),
 * headline, teaser, byline and dateline; a video badge on video items.
 */
export function Card(props: { ctx: ViewContext; article: ArticleSummary; size?: CardSize; headingLevel?: 2 | 3 }): Raw {
  const { ctx, article: a } = props;
  const size = props.size ?? 'standard';
  const label = cardLabel(a);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const href = articlePath(a);
  return (
    <article class={`card card--${size}`}>
      <a class="card__media" href={href} tabindex="-1" aria-hidden="true">
        {a.leadImage ? (
          <Photo image={a.leadImage} label={label} lazy={size !== 'lead'} className="card__img" />
        ) : (
          <Photo image={{ src: null, alt: '', caption: '', credit: null }} label={label} />
        )}
        {a.hasVideo ? <VideoBadge /> : null}
      </a>
      <div class="card__text">
        {label ? <p class="card__label">{label}</p> : null}
        <Heading class="card__headline">
          <a href={href}>{txt(ctx, a.headline)}</a>
        </Heading>
        {size !== 'compact' && a.teaser ? <p class="card__teaser">{txt(ctx, a.teaser)}</p> : null}
        <div class="card__meta">
          <Byline byline={a.byline} authors={a.authors} link={false} className="card__byline" />
          {a.publishedAt ? <Time ctx={ctx} iso={a.publishedAt} /> : null}
        </div>
      </div>
    </article>
  );
}
