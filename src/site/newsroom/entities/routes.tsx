import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MidadError } from '../../../article/index.js';
// records.js alone: the enrichment rules stay unloaded until an article is written.
import { entityKey } from '../../../enrich/records.js';
import type { SpeakerChoice } from '../../../store/annotations/index.js';
import { h } from '../../jsx/runtime.js';
import { sendNewsroomPage } from '../page.js';
import { IdParams } from '../schemas.js';
import type { NewsroomServices } from '../services.js';
import { newsroomView } from '../view.js';
import { applyCorrection, correctorOf } from './correct.js';
import { ArticleAnnotationsView, EntityEditView, EntityListView } from './views.js';

const PAGE = 50;

/** Notices after a correction: fixed texts, so nothing typed is reflected. */
const DONE: Record<string, string> = {
  renamed: 'أُعيدت التسمية.',
  merged: 'دُمج الاسمان.',
  rejected: 'حُذف الاسم من المقالات ولن يُلتقط مجدداً.',
  speaker: 'حُفظ القائل.',
};

const ListQuery = z.object({
  q: z.string().max(100).default(''),
  kind: z.enum(['person', 'place', 'organization', '']).default(''),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
const DoneQuery = z.object({ done: z.string().max(40).optional() });
const RenameBody = z.object({ name: z.string().trim().min(1).max(200) });
const MergeBody = z.object({ into: z.coerce.number().int().positive().max(2 ** 31) });
const SpeakerBody = z.object({ speaker: z.string().max(40), text: z.string().trim().max(200).default('') });

/** A speaker form's value as a choice: `e:{id}` a person, `text` a group as typed, `none` nobody. */
function speakerChoice(body: z.output<typeof SpeakerBody>): SpeakerChoice {
  const person = /^e:([0-9]{1,10})$/.exec(body.speaker);
  if (person) return { entityId: Number(person[1]) };
  if (body.speaker === 'text' && body.text) return { text: body.text };
  if (body.speaker === 'none') return null;
  throw new MidadError('ERR_SPEAKER_INVALID', undefined, 'speaker');
}

/**
 * Annotation corrections for editors and admins: the list of names (`/entities`), one name
 * with rename, merge and reject (`/entities/{id}`), an article's names and quotations with the
 * speaker of each changeable (`/articles/{id}/annotations`). Every POST carries the CSRF token
 * (checked by the newsroom's hook), is audited, and drops the cached pages it changes.
 */
export async function entityCorrectionRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const store = () => s.newsroom.store;
  const notice = (done: string | undefined) => (done ? (DONE[done] ?? null) : null);

  r.get('/entities', { schema: { querystring: ListQuery } }, async (request, reply) => {
    correctorOf(request);
    const { q, kind, page } = request.query;
    const list = await store().annotations.list({ q: q || undefined, kind: kind || undefined, includeUnused: true, limit: PAGE, offset: (page - 1) * PAGE });
    const pages = Math.max(1, Math.ceil(list.total / PAGE));
    const href = (p: number) => `/newsroom/entities?${new URLSearchParams({ q, kind, page: String(p) })}`;
    return sendNewsroomPage(reply, newsroomView(s, request, reply), 'الأسماء', <EntityListView items={list.items} q={q} kind={kind} page={page} pages={pages} href={href} />);
  });

  r.get('/entities/:id', { schema: { params: IdParams, querystring: DoneQuery } }, async (request, reply) => {
    correctorOf(request);
    const e = await store().annotations.entity(request.params.id);
    if (!e || e.rejected) throw new MidadError('ERR_ENTITY_NOT_FOUND');
    if (e.mergedInto) return reply.redirect(`/newsroom/entities/${e.mergedInto}`, 303);
    const [names, list] = await Promise.all([store().annotations.names(e.id), store().annotations.articles(e.id, { limit: 100 })]);
    const articles = (await store().articles.summaries(list.ids)).map((a) => ({ id: a.id, headline: a.headline }));
    const view = newsroomView(s, request, reply, { notice: notice(request.query.done) });
    return sendNewsroomPage(reply, view, e.name, <EntityEditView view={view} entity={e} names={names} articles={articles} />);
  });

  r.post('/entities/:id/rename', { schema: { params: IdParams, body: RenameBody } }, async (request, reply) => {
    const { id } = request.params;
    const { name } = request.body;
    await applyCorrection(s, request, { action: 'entity.rename', targetType: 'entity', targetId: id, detail: { name } }, (tx, by) =>
      tx.annotations.rename(id, { name, key: entityKey(name) }, by),
    );
    return reply.redirect(`/newsroom/entities/${id}?done=renamed`, 303);
  });

  r.post('/entities/:id/merge', { schema: { params: IdParams, body: MergeBody } }, async (request, reply) => {
    const { id } = request.params;
    const { into } = request.body;
    await applyCorrection(s, request, { action: 'entity.merge', targetType: 'entity', targetId: id, detail: { into } }, (tx, by) => tx.annotations.merge(id, into, by));
    return reply.redirect(`/newsroom/entities/${into}?done=merged`, 303);
  });

  r.post('/entities/:id/reject', { schema: { params: IdParams } }, async (request, reply) => {
    const { id } = request.params;
    await applyCorrection(s, request, { action: 'entity.reject', targetType: 'entity', targetId: id, detail: {} }, (tx, by) => tx.annotations.reject(id, by));
    return reply.redirect('/newsroom/entities?done=rejected', 303);
  });

  r.get('/articles/:id/annotations', { schema: { params: IdParams, querystring: DoneQuery } }, async (request, reply) => {
    correctorOf(request);
    const article = await store().articles.get(request.params.id);
    if (!article) throw new MidadError('ERR_ARTICLE_NOT_FOUND');
    const annotations = await store().annotations.ofArticle(article.id);
    const view = newsroomView(s, request, reply, { notice: notice(request.query.done) });
    return sendNewsroomPage(
      reply,
      view,
      `الأسماء والاقتباسات: ${article.headline}`,
      <ArticleAnnotationsView view={view} articleId={article.id} headline={article.headline} annotations={annotations} />,
    );
  });

  r.post('/quotes/:id/speaker', { schema: { params: IdParams, body: SpeakerBody } }, async (request, reply) => {
    const { id } = request.params;
    const choice = speakerChoice(request.body);
    const touched = await applyCorrection(s, request, { action: 'quote.speaker', targetType: 'quote', targetId: id, detail: { speaker: choice } }, (tx, by) =>
      tx.annotations.setSpeaker(id, choice, by),
    );
    return reply.redirect(`/newsroom/articles/${touched.articleIds[0]}/annotations?done=speaker#quote-${id}`, 303);
  });
}
