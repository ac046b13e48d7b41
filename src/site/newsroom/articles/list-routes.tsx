import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STATUSES, type ArticleSummary, type Status } from '../../../article/index.js';
import { can } from '../../../newsroom/permissions.js';
import { STATUS_NAMES } from '../../../newsroom/workflow/transitions.js';
import { Fragment, h, type Raw } from '../../jsx/runtime.js';
import { sendNewsroomPage } from '../page.js';
import { actorOf, type NewsroomServices } from '../services.js';
import { when } from '../views/editor/sidebar.js';
import type { NewsroomView } from '../views/layout.js';
import { newsroomView } from '../view.js';

const PAGE_SIZE = 30;
const Query = z.object({
  status: z.enum(STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  done: z.string().max(40).optional(),
});

/** The newsroom's article table. */
function ArticleTable(props: { view: NewsroomView; items: readonly ArticleSummary[] }): Raw {
  if (!props.items.length) return <p class="nr-empty">لا توجد مقالات هنا.</p>;
  return (
    <table class="nr-table">
      <thead>
        <tr>
          <th scope="col">العنوان</th>
          <th scope="col">المرحلة</th>
          <th scope="col">القسم</th>
          <th scope="col">الكتّاب</th>
          <th scope="col">آخر تعديل</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((a) => (
          <tr data-article-id={String(a.id)}>
            <td>
              <a href={`/newsroom/articles/${a.id}/edit`}>{a.headline}</a>
            </td>
            <td>
              <span class={`nr-status nr-status--${a.status}`}>{STATUS_NAMES[a.status]}</span>
            </td>
            <td>{a.section?.name ?? '—'}</td>
            <td>{a.authors.map((x) => x.name).join('، ') || a.byline.source || '—'}</td>
            <td>
              <time datetime={a.updatedAt}>{when(props.view, a.updatedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Status tabs: all, then each state. */
function StatusTabs(props: { current: Status | undefined }): Raw {
  const tabs: Array<[Status | undefined, string]> = [[undefined, 'الكل'], ...STATUSES.map((st) => [st, STATUS_NAMES[st]] as [Status, string])];
  return (
    <nav class="nr-tabs" aria-label="تصفية حسب المرحلة">
      <ul>
        {tabs.map(([st, label]) => (
          <li>
            <a href={st ? `/newsroom?status=${st}` : '/newsroom'} aria-current={st === props.current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * GET /newsroom: the articles this person may see (a writer: their own; the desk: all),
 * filtered by state, newest first.
 */
export async function articleListRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/', { schema: { querystring: Query } }, async (request, reply) => {
    const actor = actorOf(request);
    const { status, page } = request.query;
    const store = s.newsroom.store;
    let items: ArticleSummary[];
    let total: number;
    if (can(actor, 'article.list-all')) {
      const list = await store.articles.list({ ...(status ? { status } : {}), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
      items = list.items;
      total = list.total;
    } else {
      const own = (await store.articles.summaries(await store.newsroom.workflow.ownedBy(actor.id))).filter((a) => !status || a.status === status);
      total = own.length;
      items = own.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    }
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const view = newsroomView(s, request, reply);
    const href = (p: number) => `/newsroom?${status ? `status=${status}&` : ''}page=${p}`;
    return sendNewsroomPage(
      reply,
      view,
      'المقالات',
      <>
        <div class="nr-page-head">
          <h1>المقالات</h1>
          <a class="nr-button nr-primary" href="/newsroom/articles/new">
            مقال جديد
          </a>
        </div>
        <StatusTabs current={status} />
        <ArticleTable view={view} items={items} />
        {pages > 1 ? (
          <nav class="pagination" aria-label="الصفحات">
            {page > 1 ? <a href={href(page - 1)}>→ السابقة</a> : null}
            <span>
              صفحة {page} من {pages}
            </span>
            {page < pages ? <a href={href(page + 1)}>التالية ←</a> : null}
          </nav>
        ) : null}
      </>,
    );
  });
}
