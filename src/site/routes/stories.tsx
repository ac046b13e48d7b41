import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MidadError } from '../../article/index.js';
import { storyById, type StoryView } from '../../related/story-read.js';
import { markCacheable, tag } from '../cache/tags.js';
import { atomDocument } from '../feeds/atom.js';
import type { FeedChannel } from '../feeds/channel.js';
import { feedEntry } from '../feeds/entry.js';
import { FEED_FORMATS, type FeedFormat } from '../feeds/formats.js';
import { rssDocument } from '../feeds/rss.js';
import { httpDate } from '../format/dates.js';
import { h } from '../jsx/runtime.js';
import { PAGE_CACHE_CONTROL, sendPage } from '../page.js';
import { publisherLogoUrl } from '../seo/publisher.js';
import { viewContext, type SiteServices } from '../services.js';
import { parseArticleRef } from '../urls.js';
import { StoryPage } from '../views/story-page.js';
import { storyPath } from '../views/story-urls.js';

const Params = z.object({ ref: z.string().min(1).max(400) });

/** What a story page and its feeds are tagged with: the story, and every article they show. */
function storyTags(story: StoryView): string[] {
  return [tag.story(story.id), ...story.entries.map((a) => tag.article(a.id))];
}

/** The story a `/story/{id}-{slug}` reference names, or where to send the reader instead (the right slug, or the story it was merged into). */
async function findStory(s: SiteServices, ref: string, suffix: string): Promise<{ story: StoryView } | { redirect: string }> {
  const parsed = parseArticleRef(ref);
  const found = parsed ? await storyById(s.store, parsed.id, s.now()) : null;
  if (!found) throw new MidadError('ERR_NOT_FOUND');
  if ('movedTo' in found) return { redirect: storyPath(found.movedTo) + suffix };
  if (parsed!.slug !== found.view.slug) return { redirect: storyPath(found.view) + suffix };
  return { story: found.view };
}

/** A story's channel: its title and page; entries newest first, as feed readers expect. */
function storyFeed(s: SiteServices, story: StoryView, format: FeedFormat): string {
  const site = s.config;
  const entries = [...story.entries].reverse().map((a) => feedEntry(site, a, a.teaser, null));
  const channel: FeedChannel = {
    title: `${story.title} | ${site.siteName}`,
    description: `كل جديد في قصة «${story.title}»`,
    pageUrl: site.siteUrl + storyPath(story),
    selfUrl: `${site.siteUrl}${storyPath(story)}/${FEED_FORMATS[format].file}`,
    updated: entries.reduce((m, e) => (e.updated > m ? e.updated : m), story.updatedAt),
    siteName: site.siteName,
    siteUrl: site.siteUrl,
    logoUrl: publisherLogoUrl(site),
  };
  return format === 'rss' ? rssDocument(channel, entries) : atomDocument(channel, entries);
}

/**
 * Story pages at `/story/{id}-{slug}` (the timeline of a developing event) and their feeds at
 * `…/feed.xml` (RSS) and `…/atom.xml`. A merged story answers 301 to the story it joined; one
 * dissolved, or with too few public articles, is not found.
 */
export async function storyRoutes(app: FastifyInstance, s: SiteServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/story/:ref', { schema: { params: Params } }, async (request, reply) => {
    const found = await findStory(s, request.params.ref, '');
    if ('redirect' in found) return reply.redirect(found.redirect, 301);
    const { story } = found;
    const ctx = await viewContext(s);
    const canonical = ctx.site.siteUrl + storyPath(story);
    const head = (
      <link rel="alternate" type={FEED_FORMATS.rss.mediaType} title={`${story.title} (${FEED_FORMATS.rss.label})`} href={`${canonical}/feed.xml`} />
    );
    const description = `${story.title}: كل ما نشر عن القصة منذ بدايتها (عدد المقالات: ${story.entries.length})`;
    return sendPage(reply, ctx, { title: story.title, description, canonical, head }, <StoryPage ctx={ctx} story={story} />, {
      lastModified: story.entries[story.entries.length - 1]?.publishedAt ?? story.updatedAt,
      tags: storyTags(story),
    });
  });
  for (const format of Object.keys(FEED_FORMATS) as FeedFormat[]) {
    const file = FEED_FORMATS[format].file;
    r.get(`/story/:ref/${file}`, { schema: { params: Params } }, async (request, reply) => {
      const found = await findStory(s, request.params.ref, `/${file}`);
      if ('redirect' in found) return reply.redirect(found.redirect, 301);
      const { story } = found;
      const xml = storyFeed(s, story, format);
      markCacheable(reply, storyTags(story));
      return reply
        .header('content-type', `${FEED_FORMATS[format].mediaType}; charset=utf-8`)
        .header('cache-control', PAGE_CACHE_CONTROL)
        .header('last-modified', httpDate(story.updatedAt))
        .send(xml);
    });
  }
}
