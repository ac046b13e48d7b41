import type { ArticleSummary } from '../../article/index.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { Card } from './card.js';
import type { ViewContext } from './context.js';

/** «مقالات ذات صلة»: the related-articles module, a card per pick. */
export function RelatedModule(props: { ctx: ViewContext; items: readonly ArticleSummary[] }): Raw {
  if (props.items.length === 0) return <></>;
  return (
    <aside class="related" aria-labelledby="related-title">
      <h2 id="related-title" class="related__title">
        مقالات ذات صلة
      </h2>
      <div class="related__cards">
        {props.items.map((a) => (
          <Card ctx={props.ctx} article={a} size="standard" headingLevel={3} />
        ))}
      </div>
    </aside>
  );
}
