import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isMidadError, MidadError, type Article } from '../../../article/index.js';
import { requireArticle, type ArticleAccess } from '../../../newsroom/articles/access.js';
import { fieldsOf } from '../../../newsroom/drafts/fields.js';
import { readingTime } from '../../../newsroom/drafts/reading-time.js';
import { createDraft, saveDraft, type SaveKind } from '../../../newsroom/drafts/save.js';
import { can } from '../../../newsroom/permissions.js';
import { compareDrafts } from '../../../newsroom/revisions/compare.js';
import { actorOf, ipOf, type NewsroomServices } from '../services.js';
import { sendEditor } from './editor-render.js';
import { decodeForm, type DecodedForm } from './form-decode.js';
import { fieldsFromForm } from './form-fields.js';
import { attachFormMedia } from './form-media.js';
import { applyOp } from './form-ops.js';
import { emptyForm, formFromFields } from './form-state.js';
import { IdParams, AnyBody } from '../schemas.js';


/** The editing context of a stored article: it, its rights facts and its history. */
export async function editingOf(s: NewsroomServices, access: ArticleAccess) {
  return { ...access, events: await s.newsroom.store.newsroom.workflow.events(access.article.id) };
}

/** The article's current fields, as the editor and revisions see them. */
export async function currentFields(s: NewsroomServices, article: Article) {
  return fieldsOf(article, await s.newsroom.store.newsroom.workflow.exclusions(article.id));
}

/**
 * A posted editor form, in order: read the form → attach uploads and library picks → a block
 * button re-renders (nothing saved) → validate → save (refused if stale) → redirect.
 */
async function handleEditorPost(s: NewsroomServices, request: FastifyRequest, reply: FastifyReply, id: number | null): Promise<FastifyReply> {
  const actor = actorOf(request);
  const ctx = s.newsroom;
  const access = id === null ? null : await requireArticle(ctx, actor, id, 'article.edit');
  if (id === null && !can(actor, 'article.create')) throw new MidadError('ERR_FORBIDDEN');
  const editing = access ? await editingOf(s, access) : null;
  const form: DecodedForm = decodeForm(request.body as Record<string, unknown>);
  const mediaIssues = await attachFormMedia(ctx, actor, form, ipOf(request));

  let { state } = form;
  const op = form.op ?? '';
  if (/^(add|up|down|remove):/.test(op)) return sendEditor(s, request, reply, { state: applyOp(state, op), editing, issues: mediaIssues });
  // An explicit choice on the conflict notice: save over the newer version the person has seen.
  const overwrite = /^overwrite:(.{1,40})$/.exec(op);
  if (overwrite) state = { ...state, updatedAt: overwrite[1]! };

  const fields = fieldsFromForm(state);
  if (!fields.ok || mediaIssues.length) {
    return sendEditor(s, request, reply, { state, editing, issues: [...mediaIssues, ...(fields.ok ? [] : fields.issues)], status: 400 });
  }
  if (id === null) {
    const created = await createDraft(ctx, actor, fields.value, { kind: 'save', ip: ipOf(request) });
    return reply.redirect(`/newsroom/articles/${created.id}/edit?done=created`, 303);
  }
  try {
    await saveDraft(ctx, actor, id, fields.value, state.updatedAt, { kind: 'save', ip: ipOf(request) });
  } catch (e) {
    if (!isMidadError(e, 'ERR_ARTICLE_CONFLICT')) throw e;
    const current = (await ctx.store.articles.get(id))!;
    const changes = compareDrafts(await currentFields(s, current), fields.value);
    return sendEditor(s, request, reply, { state, editing, conflict: { current, changes }, status: 409 });
  }
  return reply.redirect(`/newsroom/articles/${id}/edit?done=saved`, 303);
}

/** A background save's answer to the editor script. */
function autosaved(article: Article) {
  const { words, minutes } = readingTime(article.body);
  return {
    id: article.id,
    updatedAt: article.updatedAt,
    words,
    minutes,
    editUrl: `/newsroom/articles/${article.id}/edit`,
    saveUrl: `/newsroom/articles/${article.id}`,
    autosaveUrl: `/newsroom/articles/${article.id}/autosave`,
    previewUrl: `/newsroom/articles/${article.id}/preview`,
  };
}

/**
 * A background save from the editor script (JSON in, JSON out): the same rights and stale check
 * as a save, no uploads. A form that does not validate yet (no headline) is answered 400 and
 * the script keeps the text in the browser meanwhile.
 */
async function handleAutosave(s: NewsroomServices, request: FastifyRequest, reply: FastifyReply, id: number | null) {
  const actor = actorOf(request);
  const { state } = decodeForm(request.body as Record<string, unknown>);
  const fields = fieldsFromForm(state);
  if (!fields.ok) {
    const first = fields.issues[0]!;
    return reply.code(400).header('cache-control', 'no-store, private').send({ error: { code: 'ERR_ARTICLE_INVALID', message: first.message, field: first.path } });
  }
  const kind: SaveKind = 'autosave';
  const article =
    id === null
      ? await createDraft(s.newsroom, actor, fields.value, { kind, ip: ipOf(request) })
      : await saveDraft(s.newsroom, actor, id, fields.value, state.updatedAt, { kind, ip: ipOf(request) });
  return reply.header('cache-control', 'no-store, private').send(autosaved(article));
}

/** The editor: new and existing articles, saves, block buttons without scripts, and background saves. */
export async function articleEditorRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/articles/new', async (request, reply) => {
    if (!can(actorOf(request), 'article.create')) throw new MidadError('ERR_FORBIDDEN');
    return sendEditor(s, request, reply, { state: emptyForm(), editing: null });
  });

  r.get('/articles/:id/edit', { schema: { params: IdParams } }, async (request, reply) => {
    const access = await requireArticle(s.newsroom, actorOf(request), request.params.id, 'article.view');
    const state = formFromFields(await currentFields(s, access.article), access.article.updatedAt);
    return sendEditor(s, request, reply, { state, editing: await editingOf(s, access) });
  });

  r.post('/articles', { schema: { body: AnyBody } }, (request, reply) => handleEditorPost(s, request, reply, null));
  r.post('/articles/:id', { schema: { params: IdParams, body: AnyBody } }, (request, reply) => handleEditorPost(s, request, reply, request.params.id));
  r.post('/autosave', { schema: { body: AnyBody } }, (request, reply) => handleAutosave(s, request, reply, null));
  r.post('/articles/:id/autosave', { schema: { params: IdParams, body: AnyBody } }, (request, reply) => handleAutosave(s, request, reply, request.params.id));
}
