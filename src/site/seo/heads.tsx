import type { Article, Author, Section } from '../../article/index.js';
import type { SiteConfig } from '../config.js';
import { feedAlternateLinks } from '../feeds/links.js';
import { authorFeedOwner, sectionFeedOwner, siteFeedOwner } from '../feeds/owners.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { authorPath, sectionPath } from '../urls.js';
import { articlePageLd, type ArticleLdExtras } from './article.js';
import { breadcrumbsLd, HOME_CRUMB } from './breadcrumbs.js';
import { jsonLdScript } from './json-ld.js';
import { publisherLd } from './publisher.js';
import { articleCardTags, pageCardTags } from './social.js';
import { absoluteUrl } from './urls.js';
import { websiteLd } from './website.js';

/** Head markup of an article page: JSON-LD (article, breadcrumbs), share cards, and the site's and section's feeds. */
export function articleHead(site: SiteConfig, a: Article, canonical: string, extras: ArticleLdExtras = {}): Raw {
  return (
    <>
      {articlePageLd(site, a, canonical, extras).map(jsonLdScript)}
      {articleCardTags(site, a, canonical)}
      {feedAlternateLinks(site.siteUrl, [siteFeedOwner(site), ...(a.section ? [sectionFeedOwner(site, a.section)] : [])])}
    </>
  );
}

/** Head markup of the home page: the WebSite (with its search action) and the publisher, cards and the site's feeds. */
export function homeHead(site: SiteConfig): Raw {
  const owner = siteFeedOwner(site);
  return (
    <>
      {jsonLdScript(websiteLd(site))}
      {jsonLdScript(publisherLd(site))}
      {pageCardTags(site, { title: site.siteName, description: owner.description, url: `${site.siteUrl}/` })}
      {feedAlternateLinks(site.siteUrl, [owner])}
    </>
  );
}

/** Head markup of a section page: the WebSite with its search action, breadcrumbs, cards and the section's feeds. */
export function sectionHead(site: SiteConfig, section: Section): Raw {
  const url = absoluteUrl(site.siteUrl, sectionPath(section));
  const owner = sectionFeedOwner(site, section);
  return (
    <>
      {jsonLdScript(websiteLd(site))}
      {jsonLdScript(breadcrumbsLd([{ name: HOME_CRUMB, url: `${site.siteUrl}/` }, { name: section.name, url }]))}
      {pageCardTags(site, { title: section.name, description: owner.description, url })}
      {feedAlternateLinks(site.siteUrl, [owner, siteFeedOwner(site)])}
    </>
  );
}

/** Head markup of an author page: a ProfilePage about the Person, cards and the author's feeds. */
export function authorHead(site: SiteConfig, author: Author): Raw {
  const url = absoluteUrl(site.siteUrl, authorPath(author));
  const owner = authorFeedOwner(site, author);
  return (
    <>
      {jsonLdScript({ '@type': 'ProfilePage', url, inLanguage: 'ar', mainEntity: { '@type': 'Person', name: author.name, url } })}
      {pageCardTags(site, { title: author.name, description: owner.description, url })}
      {feedAlternateLinks(site.siteUrl, [owner, siteFeedOwner(site)])}
    </>
  );
}
