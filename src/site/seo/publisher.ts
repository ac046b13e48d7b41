import type { SiteConfig } from '../config.js';
import type { JsonLd } from './json-ld.js';
import { absoluteUrl } from './urls.js';

/** The node id of the site's organisation, so articles point to the one node the home page describes. */
export function publisherId(site: SiteConfig): string {
  return `${site.siteUrl}/#organization`;
}

/** The publisher's logo URL: the configured one, else the site icon. */
export function publisherLogoUrl(site: SiteConfig): string {
  return absoluteUrl(site.siteUrl, site.publisherLogo ?? '/favicon.svg');
}

/** The publisher as a schema.org NewsMediaOrganization (a kind of Organization) with name and logo. */
export function publisherLd(site: SiteConfig): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': publisherId(site),
    name: site.siteName,
    url: `${site.siteUrl}/`,
    logo: { '@type': 'ImageObject', url: publisherLogoUrl(site) },
  };
}
