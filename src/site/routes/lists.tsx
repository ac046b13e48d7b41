import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MidadError, type ErrorCode } from '../../article/index.js';
import type { SiteConfig } from '../config.js';
import type { ListQuery } from '../../store/index.js';
import { h, type Raw } from '../jsx/runtime.js';
import { tag } from '../cache/tags.js';
import { sendPage } from '../page.js';
import { PageQuery, SlugParams } from '../schemas.js';
import { authorHead, sectionHead } from '../seo/heads.js';
import { publicFilter, viewContext, type SiteServices } from '../services.js';
import { authorPath, sectionPath } from '../urls.js';
import { ListPage } from '../views/list-page.js';

/** One kind of list page: how to find its owner by slug, filter by it, and link to it. */
interface ListKind {
  route: string;
  label: string;
  missing: ErrorCode;
  find: (s: SiteServices, slug: string) => Promise<{ id: number; slug: string; name: string } | null>;
  filter: (id: number) => Partial<ListQuery>;
  path: (owner: { slug: string }, page: number) => string;
  /** Structured data, share cards and feed links. */
  head: (site: SiteConfig, owner: { id: number; slug: string; name: string }) => Raw;
  /** The page cache tag of the list itself (new articles join it). */
  tag: (id: number) => string;
}

const KINDS: ListKind[] = [
  {
    route: '/section/:slug',
    label: 'قسم',
    missing: 'ERR_SECTION_NOT_FOUND',
    find: (s, slug) => s.store.directory.section(slug),
    tag: tag.section,
    filter: (sectionId) => ({ sectionId }),
    path: sectionPath,
    head: sectionHead,
  },
  {
    route: '/author/:slug',
    label: 'كاتب',
    missing: 'ERR_AUTHOR_NOT_FOUND',
    find: (s, slug) => s.store.directory.author(slug),
    tag: tag.author,
    filter: (authorId) => ({ authorId }),
    path: authorPath,
    head: authorHead,
  },
];

/** Section and author pages: a paginated list of their published articles, newest first. */
export async function listRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const kind of KINDS) {
    r.get(kind.route, { schema: { params: SlugParams, querystring: PageQuery } }, async (request, reply) => {
      const owner = await kind.find(s, request.params.slug);
      if (!owner) throw new MidadError(kind.missing);
      const { page } = request.query;
      const size = s.config.pageSize;
      const list = await s.store.articles.list({ ...publicFilter(s), ...kind.filter(owner.id), limit: size, offset: (page - 1) * size });
      const pages = Math.max(1, Math.ceil(list.total / size));
      if (page > pages) throw new MidadError('ERR_NOT_FOUND');
      const ctx = await viewContext(s);
      const href = (p: number) => kind.path(owner, p);
      return sendPage(
        reply,
        ctx,
        {
          title: page > 1 ? `${owner.name} (صفحة ${page})` : owner.name,
          canonical: ctx.site.siteUrl + href(page),
          head: kind.head(ctx.site, owner),
        },
        <ListPage ctx={ctx} kind={kind.label} title={owner.name} items={list.items} page={page} pages={pages} href={href} />,
        { lastModified: list.items[0]?.updatedAt ?? null, tags: [kind.tag(owner.id), ...list.items.map((a) => tag.article(a.id))] },
      );
    });
  }
}
