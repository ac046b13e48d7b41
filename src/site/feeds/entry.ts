import type { Article, ArticleSummary } from '../../article/index.js';
import type { SiteConfig } from '../config.js';
import { primaryImage } from '../seo/image.js';
import { absoluteUrl, modifiedAt } from '../seo/urls.js';
import { articlePath, authorPath, sectionPath } from '../urls.js';
import { imageMediaType } from './media-type.js';

/** A photo as feeds describe it (Media RSS): absolute URL, type and size when known, caption and credit. */
export interface FeedImage {
  url: string;
  type: string | null;
  width: number | null;
  height: number | null;
  caption: string;
  credit: string | null;
}

/** One article as both feed formats need it; built once, written twice. */
export interface FeedEntry {
  /** Stable permalink (`/article/{id}`, which redirects to the current slug): a slug change must not make a new item. */
  id: string;
  /** The canonical page. */
  url: string;
  title: string;
  summary: string;
  /** The body as HTML when the site sends full text; null for summary feeds. */
  html: string | null;
  published: string;
  updated: string;
  authors: Array<{ name: string; url: string | null }>;
  /** The section first, then the tags. */
  categories: Array<{ term: string; url: string | null }>;
  image: FeedImage | null;
}

/** Who to credit: the linked authors, else the source named in the byline. */
function entryAuthors(site: SiteConfig, a: ArticleSummary | Article): FeedEntry['authors'] {
  if (a.authors.length) return a.authors.map((p) => ({ name: p.name, url: absoluteUrl(site.siteUrl, authorPath(p)) }));
  return a.byline.source ? [{ name: a.byline.source, url: null }] : [];
}

/** The feed entry of a published article (a summary is enough for summary feeds). */
export function feedEntry(site: SiteConfig, a: ArticleSummary | Article, summary: string, html: string | null): FeedEntry {
  const image = primaryImage(a);
  return {
    id: `${site.siteUrl}/article/${a.id}`,
    url: absoluteUrl(site.siteUrl, articlePath(a)),
    title: a.headline,
    summary,
    html,
    published: a.publishedAt ?? a.updatedAt,
    updated: modifiedAt(a),
    authors: entryAuthors(site, a),
    categories: [
      ...(a.section ? [{ term: a.section.name, url: absoluteUrl(site.siteUrl, sectionPath(a.section)) }] : []),
      ...('tags' in a ? a.tags.map((t) => ({ term: t, url: null })) : []),
    ],
    image: image
      ? {
          url: absoluteUrl(site.siteUrl, image.src),
          type: imageMediaType(image.src),
          width: image.width ?? null,
          height: image.height ?? null,
          caption: image.caption,
          credit: image.credit,
        }
      : null,
  };
}
