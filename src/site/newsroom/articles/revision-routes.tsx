import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MidadError, type Article } from '../../../article/index.js';
import { requireArticle } from '../../../newsroom/articles/access.js';
import { DraftFieldsSchema } from '../../../newsroom/drafts/fields.js';
import { can } from '../../../newsroom/permissions.js';
import { compareDrafts } from '../../../newsroom/revisions/compare.js';
import { restoreRevision } from '../../../newsroom/revisions/restore.js';
import type { Revision } from '../../../store/newsroom/index.js';
import { Fragment, h, type Raw } from '../../jsx/runtime.js';
import { sendNewsroomPage } from '../page.js';
import { actorOf, ipOf, type NewsroomServices } from '../services.js';
import { ChangeList } from '../views/changes.js';
import { when } from '../views/editor/sidebar.js';
import { PostForm, type NewsroomView } from '../views/layout.js';
import { newsroomView } from '../view.js';
import { IdParams } from '../schemas.js';

const RevParams = z.object({ id: z.coerce.number().int().positive().max(2 ** 31), rev: z.coerce.number().int().positive().max(2 ** 31) });
const RestoreBody = z.object({ updatedAt: z.string().min(1).max(40) });

/** How each kind of save is named. */
const KIND_NAMES: Record<string, string> = {
  create: 'إنشاء',
  save: 'حفظ',
  autosave: 'حفظ تلقائي',
  restore: 'استعادة',
  api: 'عبر الواجهة البرمجية',
};

/** The revisions of an article, newest first, each linking to its changes. */
function RevisionList(props: { view: NewsroomView; article: Article; revisions: readonly Revision[] }): Raw {
  const { article: a } = props;
  return (
    <>
      <h1>النسخ السابقة: {a.headline}</h1>
      <p>
        <a href={`/newsroom/articles/${a.id}/edit`}>العودة إلى التحرير</a>
      </p>
      <table class="nr-table">
        <thead>
          <tr>
            <th scope="col">النسخة</th>
            <th scope="col">الوقت</th>
            <th scope="col">بواسطة</th>
            <th scope="col">النوع</th>
          </tr>
        </thead>
        <tbody>
          {props.revisions.map((r) => (
            <tr data-revision={String(r.id)}>
              <td>
                <a href={`/newsroom/articles/${a.id}/revisions/${r.id}`}>#{r.id}</a>
              </td>
              <td>
                <time datetime={r.createdAt}>{when(props.view, r.createdAt)}</time>
              </td>
              <td>{r.userName ?? '—'}</td>
              <td>{KIND_NAMES[r.action] ?? r.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Revisions: the list, one revision's changes from the one before, and restoring it. */
export async function revisionRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const store = s.newsroom.store;

  r.get('/articles/:id/revisions', { schema: { params: IdParams } }, async (request, reply) => {
    const { article } = await requireArticle(s.newsroom, actorOf(request), request.params.id, 'article.view');
    const revisions = await store.newsroom.revisions.list(article.id, 200);
    const view = newsroomView(s, request, reply);
    return sendNewsroomPage(reply, view, 'النسخ السابقة', <RevisionList view={view} article={article} revisions={revisions} />);
  });

  r.get('/articles/:id/revisions/:rev', { schema: { params: RevParams } }, async (request, reply) => {
    const actor = actorOf(request);
    const { article, facts } = await requireArticle(s.newsroom, actor, request.params.id, 'article.view');
    const revision = await store.newsroom.revisions.get(request.params.rev);
    if (!revision || revision.articleId !== article.id) throw new MidadError('ERR_REVISION_NOT_FOUND');
    const previous = await store.newsroom.revisions.previous(article.id, revision.id);
    const changes = compareDrafts(previous ? DraftFieldsSchema.parse(previous.snapshot) : null, DraftFieldsSchema.parse(revision.snapshot));
    const view = newsroomView(s, request, reply);
    return sendNewsroomPage(
      reply,
      view,
      `النسخة #${revision.id}`,
      <>
        <h1>
          النسخة #{revision.id}: {article.headline}
        </h1>
        <p>
          {KIND_NAMES[revision.action] ?? revision.action} · {revision.userName ?? '—'} · <time datetime={revision.createdAt}>{when(view, revision.createdAt)}</time>
        </p>
        <h2>{previous ? `التغييرات منذ النسخة #${previous.id}` : 'محتوى النسخة الأولى'}</h2>
        <ChangeList changes={changes} />
        {can(actor, 'article.edit', facts) ? (
          <PostForm view={view} action={`/newsroom/articles/${article.id}/revisions/${revision.id}/restore`} confirm="استعادة هذه النسخة؟ تُحفظ نسخةً جديدة.">
            <input type="hidden" name="updatedAt" value={article.updatedAt} />
            <button type="submit" class="nr-primary">
              استعادة هذه النسخة
            </button>
          </PostForm>
        ) : null}
        <p>
          <a href={`/newsroom/articles/${article.id}/revisions`}>كل النسخ</a>
        </p>
      </>,
    );
  });

  r.post('/articles/:id/revisions/:rev/restore', { schema: { params: RevParams, body: RestoreBody } }, async (request, reply) => {
    const { id, rev } = request.params;
    await restoreRevision(s.newsroom, actorOf(request), id, rev, request.body.updatedAt, ipOf(request));
    return reply.redirect(`/newsroom/articles/${id}/edit?done=restored`, 303);
  });
}
