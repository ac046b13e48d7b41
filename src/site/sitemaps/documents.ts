import { el, renderXmlDocument } from '../feeds/xml.js';

/** The sitemap protocol's namespace (sitemaps.org 0.9). */
export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** Google News' sitemap extension. */
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** A URL a sitemap lists, with its last change when known (W3C date-time). */
export interface SitemapUrl {
  loc: string;
  lastModified?: string | null;
}

/** A `<sitemapindex>` naming other sitemap files. */
export function sitemapIndexDocument(sitemaps: readonly SitemapUrl[]): string {
  return renderXmlDocument(
    el(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      sitemaps.map((s) => el('sitemap', {}, el('loc', {}, s.loc), s.lastModified ? el('lastmod', {}, s.lastModified) : null)),
    ),
  );
}

/** A `<urlset>` of pages. */
export function urlsetDocument(urls: readonly SitemapUrl[]): string {
  return renderXmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS },
      urls.map((u) => el('url', {}, el('loc', {}, u.loc), u.lastModified ? el('lastmod', {}, u.lastModified) : null)),
    ),
  );
}

/** A news article as Google News' sitemap describes it. */
export interface NewsUrl {
  loc: string;
  title: string;
  publishedAt: string;
}

/** A Google News `<urlset>`: each URL with its publication (name, language `ar`), date and title. */
export function newsSitemapDocument(publication: string, urls: readonly NewsUrl[]): string {
  return renderXmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
      urls.map((u) =>
        el(
          'url',
          {},
          el('loc', {}, u.loc),
          el(
            'news:news',
            {},
            el('news:publication', {}, el('news:name', {}, publication), el('news:language', {}, 'ar')),
            el('news:publication_date', {}, u.publishedAt),
            el('news:title', {}, u.title),
          ),
        ),
      ),
    ),
  );
}
