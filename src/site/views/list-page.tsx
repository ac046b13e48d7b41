import type { ArticleSummary } from '../../article/index.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { Card } from './card.js';
import type { ViewContext } from './context.js';
import { Pagination } from './pagination.js';

/** A paginated list of cards under a title: section and author pages. */
export function ListPage(props: {
  ctx: ViewContext;
  title: string;
  kind: string;
  items: ArticleSummary[];
  page: number;
  pages: number;
  href: (page: number) => string;
}): Raw {
  const { ctx } = props;
  return (
    <>
      <header class="list-header">
        <p class="list-header__kind">{props.kind}</p>
        <h1>{props.title}</h1>
      </header>
      {props.items.length ? (
        <div class="grid">
          {props.items.map((a) => (
            <Card ctx={ctx} article={a} headingLevel={2} />
          ))}
        </div>
      ) : (
        <p class="empty">لا توجد مقالات هنا بعد.</p>
      )}
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}
