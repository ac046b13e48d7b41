import { schemaTypeForKicker, teaserOf, wordCount, type Article } from '../../article/index.js';
import type { SiteConfig } from '../config.js';
import { authorPath, sectionPath } from '../urls.js';
import { breadcrumbsLd, HOME_CRUMB, type Crumb } from './breadcrumbs.js';
import { imageObjectLd, primaryImage } from './image.js';
import type { JsonLd } from './json-ld.js';
import { publisherLd } from './publisher.js';
import { absoluteUrl, modifiedAt } from './urls.js';

/** What the article page may add to its structured data beyond the article itself. */
export interface ArticleLdExtras {
  /**
   * People and places the story mentions (schema.org Person/Place nodes). The hook for
   * enrich/'s annotations: empty until the store keeps them, and then the route passes them here.
   */
  mentions?: readonly JsonLd[];
}

/** Authors as schema.org Person nodes with their pages; the source or the publisher when none is named. */
function authorsLd(site: SiteConfig, a: Article): JsonLd[] {
  if (a.authors.length > 0) {
    return a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: absoluteUrl(site.siteUrl, authorPath(p)) }));
  }
  if (a.byline.source) return [{ '@type': 'Organization', name: a.byline.source }];
  return [{ '@type': 'NewsMediaOrganization', name: site.siteName, url: `${site.siteUrl}/` }];
}

/**
 * The article as a schema.org NewsArticle, or the subtype its kicker names (analysis,
 * opinion, reportage), with the properties Google lists for articles and news.
 */
export function newsArticleLd(site: SiteConfig, a: Article, canonical: string, extras: ArticleLdExtras = {}): JsonLd {
  const image = primaryImage(a);
  return {
    '@type': schemaTypeForKicker(a.kicker),
    '@id': `${canonical}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    url: canonical,
    headline: a.headline,
    description: teaserOf(a, 300),
    ...(image ? { image: [imageObjectLd(site.siteUrl, image)] } : {}),
    ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
    dateModified: modifiedAt(a),
    author: authorsLd(site, a),
    publisher: publisherLd(site),
    ...(a.section ? { articleSection: a.section.name } : {}),
    ...(a.tags.length ? { keywords: a.tags } : {}),
    ...(a.byline.dateline ? { dateline: a.byline.dateline } : {}),
    inLanguage: 'ar',
    isAccessibleForFree: true,
    wordCount: wordCount(a.body),
    ...(extras.mentions?.length ? { mentions: extras.mentions } : {}),
  };
}

/** The trail home › section › article, as the page's visible breadcrumbs show it. */
export function articleCrumbs(site: SiteConfig, a: Article, canonical: string): Crumb[] {
  return [
    { name: HOME_CRUMB, url: `${site.siteUrl}/` },
    ...(a.section ? [{ name: a.section.name, url: absoluteUrl(site.siteUrl, sectionPath(a.section)) }] : []),
    { name: a.headline, url: canonical },
  ];
}

/** The article page's JSON-LD nodes: the article and its breadcrumbs. */
export function articlePageLd(site: SiteConfig, a: Article, canonical: string, extras: ArticleLdExtras = {}): JsonLd[] {
  return [newsArticleLd(site, a, canonical, extras), breadcrumbsLd(articleCrumbs(site, a, canonical))];
}
