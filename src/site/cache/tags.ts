/**
 * The page cache's tags: what a cached page shows, so that a change drops exactly the pages
 * that show it. A page is tagged with every article it shows (its own, its cards, its related
 * list), the lists it is (home, a section, an author, an entity's page, a story), `nav` for the
 * section menu every HTML page carries, and `all` when it depends on the whole archive
 * (feeds, sitemaps, search results, API lists).
 */
export const tag = {
  article: (id: number) => `article:${id}`,
  section: (id: number) => `section:${id}`,
  author: (id: number) => `author:${id}`,
  /** A person's, place's or organisation's pages. */
  entity: (id: number) => `entity:${id}`,
  story: (id: number) => `story:${id}`,
  home: 'home',
  nav: 'nav',
  all: 'all',
} as const;

/** The pages a change of annotations makes stale: the articles' pages and the entities' pages. */
export function annotationTags(touched: { articleIds: readonly number[]; entityIds: readonly number[] }): string[] {
  return [...touched.articleIds.map(tag.article), ...touched.entityIds.map(tag.entity)];
}

const tagsOfReply = new WeakMap<object, Set<string>>();

/** What markCacheable needs of a reply: a place to keep the tags and to set headers. */
interface TaggableReply {
  header(name: string, value: string): unknown;
}

/**
 * Marks a response as cacheable by the public page cache, with what it shows. Responses never
 * marked (newsroom pages, previews, anything behind a login, errors) are never cached. The
 * tags also travel as `Surrogate-Key` (space-separated, as Fastly and Varnish read it) and
 * `Cache-Tag` (comma-separated, as Cloudflare reads it), so a CDN in front can purge by the
 * same tags the purge hook sends it (cache/purge.ts).
 */
export function markCacheable(reply: TaggableReply, tags: Iterable<string>): void {
  let set = tagsOfReply.get(reply);
  if (!set) tagsOfReply.set(reply, (set = new Set()));
  for (const t of tags) set.add(t);
  reply.header('surrogate-key', [...set].join(' '));
  reply.header('cache-tag', [...set].join(','));
}

/** The tags a response was marked with, or undefined when it may not be cached. */
export function cacheTagsOf(reply: object): ReadonlySet<string> | undefined {
  return tagsOfReply.get(reply);
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The public page cache, or null when off (tests through inject). */
    pageCache: import('./page-cache.js').PageCache | null;
  }
}
