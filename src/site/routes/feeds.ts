import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { markCacheable, tag } from '../cache/tags.js';
import { MidadError } from '../../article/index.js';
import { atomDocument } from '../feeds/atom.js';
import { FEED_FORMATS, type FeedFormat } from '../feeds/formats.js';
import { FEED_KINDS } from '../feeds/kinds.js';
import { loadFeed, type LoadedFeed } from '../feeds/load.js';
import { rssDocument } from '../feeds/rss.js';
import { httpDate } from '../format/dates.js';
import { PAGE_CACHE_CONTROL } from '../page.js';
import type { SiteServices } from '../services.js';

/** Writes a loaded feed in one format. */
const WRITERS: Record<FeedFormat, (feed: LoadedFeed) => string> = {
  rss: (f) => rssDocument({ ...f.channel, selfUrl: f.selfUrl('rss') }, f.entries),
  atom: (f) => atomDocument({ ...f.channel, selfUrl: f.selfUrl('atom') }, f.entries),
};

const Params = z.object({ slug: z.string().min(1).max(300).optional() });

/** RSS 2.0 and Atom feeds for the site, each section and each author (see FEED_KINDS). */
export async function feedRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const kind of FEED_KINDS) {
    for (const format of Object.keys(FEED_FORMATS) as FeedFormat[]) {
      r.get(`${kind.route}/${FEED_FORMATS[format].file}`, { schema: { params: Params } }, async (request, reply) => {
        const owner = await kind.find(s, request.params.slug);
        if (!owner) throw new MidadError(kind.missing);
        const feed = await loadFeed(s, owner);
        markCacheable(reply, [tag.all]);
        return reply
          .header('content-type', `${FEED_FORMATS[format].mediaType}; charset=utf-8`)
          .header('cache-control', PAGE_CACHE_CONTROL)
          .header('last-modified', httpDate(feed.channel.updated))
          .send(WRITERS[format](feed));
      });
    }
  }
}
