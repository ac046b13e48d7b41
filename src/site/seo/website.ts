import type { SiteConfig } from '../config.js';
import type { JsonLd } from './json-ld.js';
import { publisherId } from './publisher.js';
import { SEARCH_PATH_TEMPLATE } from './urls.js';

/** The site as a schema.org WebSite with its search box (SearchAction), in Arabic. */
export function websiteLd(site: SiteConfig): JsonLd {
  return {
    '@type': 'WebSite',
    '@id': `${site.siteUrl}/#website`,
    name: site.siteName,
    description: site.tagline,
    url: `${site.siteUrl}/`,
    inLanguage: 'ar',
    publisher: { '@id': publisherId(site) },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: site.siteUrl + SEARCH_PATH_TEMPLATE },
      'query-input': 'required name=search_term_string',
    },
  };
}
