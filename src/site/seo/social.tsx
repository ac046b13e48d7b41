import { teaserOf, type Article } from '../../article/index.js';
import type { SiteConfig } from '../config.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { authorPath } from '../urls.js';
import { primaryImage } from './image.js';
import { absoluteUrl, modifiedAt } from './urls.js';

/** What a share card shows of any page. */
export interface CardFacts {
  title: string;
  description: string;
  url: string;
}

// Open Graph names its locales language_TERRITORY; ar_AR is its code for Arabic.
const OG_LOCALE = 'ar_AR';

/** Open Graph and Twitter tags for a non-article page (home, section, author). */
export function pageCardTags(site: SiteConfig, facts: CardFacts): Raw {
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={site.siteName} />
      <meta property="og:locale" content={OG_LOCALE} />
      <meta property="og:title" content={facts.title} />
      <meta property="og:description" content={facts.description} />
      <meta property="og:url" content={facts.url} />
      <meta name="twitter:card" content="summary" />
      {site.twitterSite ? <meta name="twitter:site" content={site.twitterSite} /> : null}
      <meta name="twitter:title" content={facts.title} />
      <meta name="twitter:description" content={facts.description} />
    </>
  );
}

/** Open Graph (og:type article with article:* times, section and authors) and Twitter card tags. */
export function articleCardTags(site: SiteConfig, a: Article, canonical: string): Raw {
  const image = primaryImage(a);
  const imageUrl = image ? absoluteUrl(site.siteUrl, image.src) : null;
  const imageAlt = image ? image.alt || image.caption : '';
  const description = teaserOf(a, 300);
  // Open Graph's article:author is a list of profile URLs; a source without a page is named instead.
  const authors = a.authors.length ? a.authors.map((p) => absoluteUrl(site.siteUrl, authorPath(p))) : a.byline.source ? [a.byline.source] : [];
  return (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={site.siteName} />
      <meta property="og:locale" content={OG_LOCALE} />
      <meta property="og:title" content={a.headline} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={canonical} />
      {imageUrl ? <meta property="og:image" content={imageUrl} /> : null}
      {image?.width ? <meta property="og:image:width" content={image.width} /> : null}
      {image?.height ? <meta property="og:image:height" content={image.height} /> : null}
      {imageAlt ? <meta property="og:image:alt" content={imageAlt} /> : null}
      {a.publishedAt ? <meta property="article:published_time" content={a.publishedAt} /> : null}
      <meta property="article:modified_time" content={modifiedAt(a)} />
      {a.section ? <meta property="article:section" content={a.section.name} /> : null}
      {authors.map((author) => (
        <meta property="article:author" content={author} />
      ))}
      {a.tags.map((tag) => (
        <meta property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content={imageUrl ? 'summary_large_image' : 'summary'} />
      {site.twitterSite ? <meta name="twitter:site" content={site.twitterSite} /> : null}
      <meta name="twitter:title" content={a.headline} />
      <meta name="twitter:description" content={description} />
      {imageUrl ? <meta name="twitter:image" content={imageUrl} /> : null}
      {imageUrl && imageAlt ? <meta name="twitter:image:alt" content={imageAlt} /> : null}
    </>
  );
}
