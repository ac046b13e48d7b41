import type { EntityQuote } from '../../store/annotations/index.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { articlePath } from '../urls.js';
import { txt, type ViewContext } from './context.js';
import { Time } from './time.js';

/** A person's quotations, each with the article it appeared in and that article's date. */
export function EntityQuoteList(props: { ctx: ViewContext; items: readonly EntityQuote[] }): Raw {
  const { ctx } = props;
  return (
    <ol class="entity-quotes">
      {props.items.map(({ quote, article }) => (
        <li>
          <blockquote cite={articlePath(article)}>
            <p>
              <q>{txt(ctx, quote.text)}</q>
            </p>
          </blockquote>
          <p class="entity-quotes__source">
            <a href={articlePath(article)}>{txt(ctx, article.headline)}</a>
            {article.publishedAt ? (
              <>
                {' · '}
                <Time ctx={ctx} iso={article.publishedAt} />
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
