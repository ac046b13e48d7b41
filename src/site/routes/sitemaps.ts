import { markCacheable, tag } from '../cache/tags.js';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MidadError } from '../../article/index.js';
import { PAGE_CACHE_CONTROL } from '../page.js';
import { absoluteUrl } from '../seo/urls.js';
import type { SiteServices } from '../services.js';
import { storeArchive } from '../sitemaps/archive.js';
import { newsSitemapDocument, sitemapIndexDocument, urlsetDocument } from '../sitemaps/documents.js';
import { MAX_NEWS_URLS, newsWindowStart } from '../sitemaps/news.js';
import { MAX_URLS_PER_SITEMAP, PAGES_FILE, parsePartFile, planArticleSitemaps } from '../sitemaps/plan.js';
import { articlePath, authorPath, sectionPath } from '../urls.js';
import { storyPath } from '../views/story-urls.js';

/** Where the sitemap files live. */
export const SITEMAP_PATHS = { index: '/sitemap.xml', news: '/sitemap-news.xml', files: '/sitemaps' } as const;

/** Sends an XML sitemap, cacheable like a page. */
function sendXml(reply: FastifyReply, xml: string): FastifyReply {
  markCacheable(reply, [tag.all]);
  return reply.header('content-type', 'application/xml; charset=utf-8').header('cache-control', PAGE_CACHE_CONTROL).send(xml);
}

const FileParams = z.object({ file: z.string().min(1).max(100) });

/**
 * `/sitemap.xml` (an index of monthly article sitemaps and the pages sitemap),
 * `/sitemaps/{file}` and `/sitemap-news.xml` (Google News: the last 48 hours).
 */
export async function sitemapRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  const archive = storeArchive(s.store, s.now);
  const abs = (path: string) => absoluteUrl(s.config.siteUrl, path);

  app.get(SITEMAP_PATHS.index, async (_request, reply) => {
    const parts = planArticleSitemaps(await archive.months());
    return sendXml(
      reply,
      sitemapIndexDocument([
        { loc: abs(`${SITEMAP_PATHS.files}/${PAGES_FILE}`) },
        ...parts.map((p) => ({ loc: abs(`${SITEMAP_PATHS.files}/${p.file}`), lastModified: p.lastModified })),
      ]),
    );
  });

  app.withTypeProvider<ZodTypeProvider>().get(`${SITEMAP_PATHS.files}/:file`, { schema: { params: FileParams } }, async (request, reply) => {
    const { file } = request.params;
    if (file === PAGES_FILE) {
      const [sections, authors] = await Promise.all([s.store.directory.sections(), s.store.directory.authors()]);
      // Live stories fill the rest of the file, the most recently updated first.
      const room = Math.max(0, MAX_URLS_PER_SITEMAP - 1 - sections.length - authors.length);
      const stories = (await s.store.related.stories.list(room)).filter((x) => x.mergedInto === null);
      return sendXml(
        reply,
        urlsetDocument([
          { loc: abs('/') },
          ...sections.map((x) => ({ loc: abs(sectionPath(x)) })),
          ...authors.map((x) => ({ loc: abs(authorPath(x)) })),
          ...stories.map((x) => ({ loc: abs(storyPath(x)), lastModified: x.updatedAt })),
        ]),
      );
    }
    const part = parsePartFile(file);
    if (!part) throw new MidadError('ERR_NOT_FOUND');
    const refs = await archive.month(part.month, (part.part - 1) * MAX_URLS_PER_SITEMAP, MAX_URLS_PER_SITEMAP);
    // An empty part past the first is a file the index never named.
    if (refs.length === 0 && part.part > 1) throw new MidadError('ERR_NOT_FOUND');
    return sendXml(reply, urlsetDocument(refs.map((r) => ({ loc: abs(articlePath(r)), lastModified: r.modifiedAt }))));
  });

  app.get(SITEMAP_PATHS.news, async (_request, reply) => {
    const refs = await archive.since(newsWindowStart(s.now()), MAX_NEWS_URLS);
    return sendXml(
      reply,
      newsSitemapDocument(
        s.config.siteName,
        refs.map((r) => ({ loc: abs(articlePath(r)), title: r.headline, publishedAt: r.publishedAt })),
      ),
    );
  });
}
