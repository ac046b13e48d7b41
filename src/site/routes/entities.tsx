import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MidadError } from '../../article/index.js';
import type { EntityKind, StoredEntity } from '../../store/annotations/index.js';
import { markCacheable, tag } from '../cache/tags.js';
import { FEED_FORMATS, type FeedFormat } from '../feeds/formats.js';
import { httpDate } from '../format/dates.js';
import { h } from '../jsx/runtime.js';
import { PAGE_CACHE_CONTROL, sendPage } from '../page.js';
import { PageQuery } from '../schemas.js';
import { publicFilter, viewContext, type SiteServices } from '../services.js';
import { entityFeed } from '../views/entity-feed.js';
import { entityDescription, entityHead } from '../views/entity-head.js';
import { EntityPage, EntityQuotesPage } from '../views/entity-page.js';
import { entityPath, KIND_SEGMENT, parseEntityRef, quotesPath } from '../views/entity-urls.js';

const Params = z.object({ ref: z.string().min(1).max(400) });
/** Quotations on the first page of a person; the rest are a link away. */
const QUOTES_ON_PAGE = 5;

/** The entity a reference names, or where to redirect (a merged entity, another kind, an old or missing slug). */
async function findEntity(s: SiteServices, kind: EntityKind, ref: string): Promise<{ entity: StoredEntity; canonical: boolean }> {
  const parsed = parseEntityRef(ref);
  let e = parsed ? await s.store.annotations.entity(parsed.id) : null;
  for (let hops = 0; e?.mergedInto && hops < 8; hops++) e = await s.store.annotations.entity(e.mergedInto);
  if (!e || e.rejected || e.mergedInto) throw new MidadError('ERR_ENTITY_NOT_FOUND');
  return { entity: e, canonical: e.id === parsed!.id && e.kind === kind && e.slug === parsed!.slug };
}

/**
 * Entity pages: `/person/{id}-{slug}` (and `/place/…`, `/organization/…`) with roles, the
 * latest quotations with dates and the articles that mention them (`?page=N`); `…/quotes` for
 * every quotation; `…/feed.xml` and `…/atom.xml`. Only public articles count: an entity that
 * only drafts name has no page. Any other spelling of the address answers 301.
 */
export async function entityRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const kind of Object.keys(KIND_SEGMENT) as EntityKind[]) {
    const base = `/${KIND_SEGMENT[kind]}/:ref`;

    r.get(base, { schema: { params: Params, querystring: PageQuery } }, async (request, reply) => {
      const { page } = request.query;
      const { entity: e, canonical } = await findEntity(s, kind, request.params.ref);
      if (!canonical) return reply.redirect(entityPath(e, page), 301);
      const size = s.config.pageSize;
      const visible = publicFilter(s);
      const [list, quotes, roles, ctx] = await Promise.all([
        s.store.annotations.articles(e.id, { ...visible, limit: size, offset: (page - 1) * size }),
        s.store.annotations.quotesBy(e.id, { ...visible, limit: page === 1 ? QUOTES_ON_PAGE : 0 }),
        e.kind === 'person' ? s.store.annotations.roles(e.id, visible) : Promise.resolve([]),
        viewContext(s),
      ]);
      if (list.total === 0 && quotes.total === 0) throw new MidadError('ERR_ENTITY_NOT_FOUND');
      const pages = Math.max(1, Math.ceil(list.total / size));
      if (page > pages) throw new MidadError('ERR_NOT_FOUND');
      const articles = await s.store.articles.summaries(list.ids);
      const canonicalUrl = ctx.site.siteUrl + entityPath(e, page);
      return sendPage(
        reply,
        ctx,
        {
          title: page > 1 ? `${e.name} (صفحة ${page})` : e.name,
          description: entityDescription(e),
          canonical: canonicalUrl,
          head: entityHead(ctx.site, e, canonicalUrl),
        },
        <EntityPage
          ctx={ctx}
          entity={e}
          roles={roles}
          quotes={quotes.items}
          quotesTotal={quotes.total}
          articles={articles}
          articlesTotal={list.total}
          page={page}
          pages={pages}
          href={(p) => entityPath(e, p)}
        />,
        {
          lastModified: articles[0]?.updatedAt ?? null,
          tags: [tag.entity(e.id), ...list.ids.map(tag.article), ...quotes.items.map((q) => tag.article(q.article.id))],
        },
      );
    });

    r.get(`${base}/quotes`, { schema: { params: Params, querystring: PageQuery } }, async (request, reply) => {
      const { page } = request.query;
      const { entity: e, canonical } = await findEntity(s, kind, request.params.ref);
      if (!canonical) return reply.redirect(quotesPath(e, page), 301);
      const size = s.config.pageSize;
      const [quotes, ctx] = await Promise.all([s.store.annotations.quotesBy(e.id, { ...publicFilter(s), limit: size, offset: (page - 1) * size }), viewContext(s)]);
      if (quotes.total === 0) throw new MidadError('ERR_NOT_FOUND');
      const pages = Math.max(1, Math.ceil(quotes.total / size));
      if (page > pages) throw new MidadError('ERR_NOT_FOUND');
      const canonicalUrl = ctx.site.siteUrl + quotesPath(e, page);
      return sendPage(
        reply,
        ctx,
        { title: `تصريحات ${e.name}${page > 1 ? ` (صفحة ${page})` : ''}`, description: entityDescription(e), canonical: canonicalUrl },
        <EntityQuotesPage ctx={ctx} entity={e} items={quotes.items} page={page} pages={pages} href={(p) => quotesPath(e, p)} entityHref={entityPath(e)} />,
        { tags: [tag.entity(e.id), ...quotes.items.map((q) => tag.article(q.article.id))] },
      );
    });

    for (const format of Object.keys(FEED_FORMATS) as FeedFormat[]) {
      r.get(`${base}/${FEED_FORMATS[format].file}`, { schema: { params: Params } }, async (request, reply) => {
        const { entity: e, canonical } = await findEntity(s, kind, request.params.ref);
        if (!canonical) return reply.redirect(`${entityPath(e)}/${FEED_FORMATS[format].file}`, 301);
        const feed = await entityFeed(s, e, format);
        if (!feed.articleIds.length) throw new MidadError('ERR_ENTITY_NOT_FOUND');
        markCacheable(reply, [tag.entity(e.id), ...feed.articleIds.map(tag.article)]);
        return reply
          .header('content-type', `${FEED_FORMATS[format].mediaType}; charset=utf-8`)
          .header('cache-control', PAGE_CACHE_CONTROL)
          .header('last-modified', httpDate(feed.updated))
          .send(feed.xml);
      });
    }
  }
}
