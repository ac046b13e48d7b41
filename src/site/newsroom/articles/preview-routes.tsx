import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MidadError, teaserOf, type Article } from '../../../article/index.js';
import { requireArticle } from '../../../newsroom/articles/access.js';
import { can } from '../../../newsroom/permissions.js';
import { h, render } from '../../jsx/runtime.js';
import { relatedCards } from '../../related-picks.js';
import { viewContext } from '../../services.js';
import { ArticlePage } from '../../views/article-page.js';
import { Layout } from '../../views/layout.js';
import { PRIVATE_NO_STORE } from '../page.js';
import { actorOf, type NewsroomServices } from '../services.js';
import { decodeForm } from './form-decode.js';
import { fieldsFromForm } from './form-fields.js';
import { previewArticle } from './preview-article.js';
import { IdParams, AnyBody } from '../schemas.js';


/**
 * Sends an article exactly as the reader site renders it (its layout and article view), never
 * cached anywhere and never indexed.
 */
async function sendPreview(s: NewsroomServices, reply: FastifyReply, article: Article): Promise<FastifyReply> {
  const [ctx, related] = await Promise.all([viewContext(s.site), relatedCards(s.site, article)]);
  const html = render(
    <Layout ctx={ctx} meta={{ title: article.headline, description: teaserOf(article, 300), noindex: true }}>
      <ArticlePage ctx={ctx} article={article} related={related.filter((r) => r.id !== article.id)} />
    </Layout>,
  );
  return reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', PRIVATE_NO_STORE).header('x-robots-tag', 'noindex').send(html);
}

/** Previews the form as posted (not saved); a form that does not validate yet is refused with the reason. */
async function previewForm(s: NewsroomServices, request: FastifyRequest, reply: FastifyReply, base: Article | null) {
  const fields = fieldsFromForm(decodeForm(request.body as Record<string, unknown>).state);
  if (!fields.ok) throw new MidadError('ERR_ARTICLE_INVALID', `لا يمكن المعاينة بعد: ${fields.issues[0]!.path}`);
  const store = s.newsroom.store;
  const [sections, authors] = await Promise.all([store.directory.sections(), store.directory.authors()]);
  return sendPreview(s, reply, previewArticle(fields.value, base, { sections, authors }, s.newsroom.now().toISOString()));
}

/** Previews: the saved version (GET) and the form as it is being edited (POST). */
export async function previewRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/articles/:id/preview', { schema: { params: IdParams } }, async (request, reply) => {
    const { article } = await requireArticle(s.newsroom, actorOf(request), request.params.id, 'article.view');
    // Not yet published: dated as if it went out now, the way readers will first see it.
    return sendPreview(s, reply, { ...article, publishedAt: article.publishedAt ?? s.newsroom.now().toISOString() });
  });

  r.post('/articles/:id/preview', { schema: { params: IdParams, body: AnyBody } }, async (request, reply) => {
    const { article } = await requireArticle(s.newsroom, actorOf(request), request.params.id, 'article.view');
    return previewForm(s, request, reply, article);
  });

  r.post('/articles/preview', { schema: { body: AnyBody } }, async (request, reply) => {
    if (!can(actorOf(request), 'article.create')) throw new MidadError('ERR_FORBIDDEN');
    return previewForm(s, request, reply, null);
  });
}
