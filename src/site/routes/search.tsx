import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { search } from '../../search/service.js';
import { h } from '../jsx/runtime.js';
import { tag } from '../cache/tags.js';
import { sendPage } from '../page.js';
import { viewContext, type SiteServices } from '../services.js';
import { SearchPage, type SearchForm } from '../views/search-page.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

// Every parameter falls back to its default instead of failing: a search box must never
// answer with an error page, whatever is typed or pasted into the URL.
const Query = z.object({
  q: z.string().catch('').default(''),
  section: z.string().max(300).catch('').default(''),
  author: z.string().max(300).catch('').default(''),
  sort: z.enum(['relevance', 'newest']).catch('relevance').default('relevance'),
  in: z.enum(['all', 'headline', 'body']).catch('all').default('all'),
  from: z.string().regex(DATE_RE).catch('').default(''),
  to: z.string().regex(DATE_RE).catch('').default(''),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

/** Results per page. */
const PAGE_SIZE = 10;

/** Builds a /search URL from form values. */
function searchUrl(form: SearchForm, page = 1): string {
  const params = new URLSearchParams();
  params.set('q', form.q);
  if (form.section) params.set('section', form.section);
  if (form.author) params.set('author', form.author);
  if (form.in !== 'all') params.set('in', form.in);
  if (form.sort !== 'relevance') params.set('sort', form.sort);
  if (form.from) params.set('from', form.from);
  if (form.to) params.set('to', form.to);
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

/** The reader's search page at /search. */
export async function searchRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/search', { schema: { querystring: Query } }, async (request, reply) => {
    const { page, ...form } = request.query;
    const [ctx, authors] = await Promise.all([viewContext(s), s.store.directory.authors()]);
    const section = form.section ? ctx.sections.find((x) => x.slug === form.section) : undefined;
    const author = form.author ? authors.find((x) => x.slug === form.author) : undefined;
    const result = form.q.trim()
      ? await search(s.store, s.analyzer(), {
          q: form.q,
          in: form.in,
          sort: form.sort,
          sectionId: section?.id,
          authorId: author?.id,
          from: form.from ? `${form.from}T00:00:00.000Z` : undefined,
          to: form.to ? `${form.to}T23:59:59.999Z` : undefined,
          page,
          pageSize: PAGE_SIZE,
          now: s.now(),
        })
      : null;
    return sendPage(
      reply,
      ctx,
      { title: form.q.trim() ? `البحث: ${form.q.trim().slice(0, 80)}` : 'البحث', noindex: true },
      <SearchPage
        ctx={ctx}
        form={form}
        authors={authors}
        result={result}
        href={(p) => searchUrl(form, p)}
        suggestionHref={result?.suggestion ? searchUrl({ ...form, q: result.suggestion }) : null}
      />,
      { tags: [tag.all] },
    );
  });
}
