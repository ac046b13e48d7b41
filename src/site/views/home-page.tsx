import type { ArticleSummary, Section } from '../../article/index.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { sectionPath } from '../urls.js';
import { Card } from './card.js';
import type { ViewContext } from './context.js';

/** A section's block on the home page. */
export interface SectionRow {
  section: Section;
  items: ArticleSummary[];
}

/** Home: the lead story, the next latest stories, then the latest per section. */
export function HomePage(props: { ctx: ViewContext; lead: ArticleSummary | null; latest: ArticleSummary[]; rows: SectionRow[] }): Raw {
  const { ctx } = props;
  return (
    <>
      <h1 class="visually-hidden">{ctx.site.siteName}: آخر الأخبار</h1>
      {props.lead ? (
        <section class="home-lead" aria-label="القصة الرئيسية">
          <Card ctx={ctx} article={props.lead} size="lead" headingLevel={2} />
          {props.latest.length ? (
            <div class="home-latest">
              <h2 class="rail-title">الأحدث</h2>
              {props.latest.map((a) => (
                <Card ctx={ctx} article={a} size="compact" />
              ))}
            </div>
          ) : null}
        </section>
      ) : (
        <p class="empty">لا توجد مقالات منشورة بعد.</p>
      )}
      {props.rows.map((row) => (
        <section class="section-row" aria-labelledby={`row-${row.section.id}`}>
          <h2 class="section-row__title" id={`row-${row.section.id}`}>
            <a href={sectionPath(row.section)}>{row.section.name}</a>
          </h2>
          <div class="grid">
            {row.items.map((a) => (
              <Card ctx={ctx} article={a} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
