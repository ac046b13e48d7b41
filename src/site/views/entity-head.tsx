import type { StoredEntity } from '../../store/annotations/index.js';
import type { SiteConfig } from '../config.js';
import { feedAlternateLinks } from '../feeds/links.js';
import { siteFeedOwner } from '../feeds/owners.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { breadcrumbsLd, HOME_CRUMB } from '../seo/breadcrumbs.js';
import { jsonLdScript, type JsonLd } from '../seo/json-ld.js';
import { pageCardTags } from '../seo/social.js';
import { absoluteUrl } from '../seo/urls.js';
import { entityPath } from './entity-urls.js';

/** The schema.org type of each kind. */
const LD_TYPE = { person: 'Person', place: 'Place', organization: 'Organization' } as const;

/** An entity as a schema.org node (a Person with their job title, a Place, an Organization), linked to its page. */
export function entityLd(site: SiteConfig, e: Pick<StoredEntity, 'id' | 'kind' | 'name' | 'slug'> & { role?: string | null }): JsonLd {
  return {
    '@type': LD_TYPE[e.kind],
    name: e.name,
    url: absoluteUrl(site.siteUrl, entityPath(e)),
    ...(e.kind === 'person' && e.role ? { jobTitle: e.role } : {}),
  };
}

/** A short description of an entity's page, for search results and share cards. */
export function entityDescription(e: StoredEntity): string {
  return e.kind === 'person' && e.role ? `${e.name}، ${e.role}: تصريحاته والمقالات التي تذكره` : `المقالات التي تذكر ${e.name}`;
}

/**
 * Head markup of an entity page: a ProfilePage about a person (a CollectionPage about a place
 * or an organisation), breadcrumbs, share cards, and the entity's and the site's feeds.
 */
export function entityHead(site: SiteConfig, e: StoredEntity, canonical: string): Raw {
  const page = e.kind === 'person' ? 'ProfilePage' : 'CollectionPage';
  return (
    <>
      {jsonLdScript({ '@type': page, url: canonical, inLanguage: 'ar', [e.kind === 'person' ? 'mainEntity' : 'about']: entityLd(site, e) })}
      {jsonLdScript(breadcrumbsLd([{ name: HOME_CRUMB, url: `${site.siteUrl}/` }, { name: e.name, url: absoluteUrl(site.siteUrl, entityPath(e)) }]))}
      {pageCardTags(site, { title: e.name, description: entityDescription(e), url: canonical })}
      {feedAlternateLinks(site.siteUrl, [{ title: `${e.name} | ${site.siteName}`, ownerPath: entityPath(e) }, siteFeedOwner(site)])}
    </>
  );
}

/** The `mentions` of an article's structured data: every entity it names, linked to its page. */
export function mentionsLd(site: SiteConfig, entities: ReadonlyArray<Pick<StoredEntity, 'id' | 'kind' | 'name' | 'slug' | 'role'>>): JsonLd[] {
  return entities.map((e) => entityLd(site, e));
}
