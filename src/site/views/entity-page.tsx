import type { ArticleSummary } from '../../article/index.js';
import type { EntityQuote, StoredEntity } from '../../store/annotations/index.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { Card } from './card.js';
import { txt, type ViewContext } from './context.js';
import { EntityQuoteList } from './entity-quotes.js';
import { KIND_LABEL, quotesPath } from './entity-urls.js';
import { Pagination } from './pagination.js';

/** What an entity page shows. */
export interface EntityPageProps {
  ctx: ViewContext;
  entity: StoredEntity;
  /** Roles as written, most frequent first (people). */
  roles: ReadonlyArray<{ role: string; articles: number }>;
  /** The latest quotations (first page only) and how many there are. */
  quotes: readonly EntityQuote[];
  quotesTotal: number;
  articles: readonly ArticleSummary[];
  articlesTotal: number;
  page: number;
  pages: number;
  href: (page: number) => string;
}

/**
 * A person's, place's or organisation's page: the name and roles, the latest quotations with
 * their dates (and a link to all of them), then the articles that mention them, newest first.
 */
export function EntityPage(props: EntityPageProps): Raw {
  const { ctx, entity: e } = props;
  return (
    <>
      <header class="list-header entity-header">
        <p class="list-header__kind">{KIND_LABEL[e.kind]}</p>
        <h1>{txt(ctx, e.name)}</h1>
        {props.roles.length ? (
          <ul class="entity-header__roles tags" aria-label="الصفة">
            {props.roles.map((r) => (
              <li>{txt(ctx, r.role)}</li>
            ))}
          </ul>
        ) : null}
      </header>
      {props.quotes.length ? (
        <section class="entity-section" aria-labelledby="entity-quotes-title">
          <h2 id="entity-quotes-title">تصريحات</h2>
          <EntityQuoteList ctx={ctx} items={props.quotes} />
          {props.quotesTotal > props.quotes.length ? (
            <p>
              <a href={quotesPath(e)}>كل التصريحات ({txt(ctx, String(props.quotesTotal))})</a>
            </p>
          ) : null}
        </section>
      ) : null}
      <section class="entity-section" aria-labelledby="entity-articles-title">
        <h2 id="entity-articles-title">مقالات تذكر {txt(ctx, e.name)}</h2>
        {props.articles.length ? (
          <div class="grid">
            {props.articles.map((a) => (
              <Card ctx={ctx} article={a} headingLevel={3} />
            ))}
          </div>
        ) : (
          <p class="empty">لا توجد مقالات هنا بعد.</p>
        )}
        <Pagination page={props.page} pages={props.pages} href={props.href} />
      </section>
    </>
  );
}

/** A person's every quotation, paginated. */
export function EntityQuotesPage(props: {
  ctx: ViewContext;
  entity: StoredEntity;
  items: readonly EntityQuote[];
  page: number;
  pages: number;
  href: (page: number) => string;
  entityHref: string;
}): Raw {
  const { ctx, entity: e } = props;
  return (
    <>
      <header class="list-header entity-header">
        <p class="list-header__kind">
          <a href={props.entityHref}>{txt(ctx, e.name)}</a>
        </p>
        <h1>تصريحات {txt(ctx, e.name)}</h1>
      </header>
      <EntityQuoteList ctx={ctx} items={props.items} />
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}
