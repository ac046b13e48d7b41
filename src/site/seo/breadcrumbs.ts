import type { JsonLd } from './json-ld.js';

/** One step of a breadcrumb trail: its name and absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** A schema.org BreadcrumbList, positions counted from 1 as the vocabulary requires. */
export function breadcrumbsLd(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** The home page's crumb name, as the article page's visible breadcrumbs show it. */
export const HOME_CRUMB = 'الرئيسية';
