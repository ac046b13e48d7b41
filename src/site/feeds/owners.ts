import type { Author, Section } from '../../article/index.js';
import type { ListQuery } from '../../store/index.js';
import type { SiteConfig } from '../config.js';
import { authorPath, sectionPath } from '../urls.js';

/** Whose articles a feed carries: the whole site, a section, an author. */
export interface FeedOwner {
  title: string;
  description: string;
  /** The owner's page; its feeds live under it (`''` is the home page). */
  ownerPath: string;
  /** The list filter that selects the owner's articles. */
  filter: Partial<ListQuery>;
}

/** The whole site's feed. */
export function siteFeedOwner(site: SiteConfig): FeedOwner {
  return { title: site.siteName, description: site.tagline, ownerPath: '', filter: {} };
}

/** A section's feed. */
export function sectionFeedOwner(site: SiteConfig, section: Section): FeedOwner {
  return {
    title: `${section.name} | ${site.siteName}`,
    description: `أحدث المقالات في قسم ${section.name}`,
    ownerPath: sectionPath(section),
    filter: { sectionId: section.id },
  };
}

/** An author's feed. */
export function authorFeedOwner(site: SiteConfig, author: Author): FeedOwner {
  return {
    title: `${author.name} | ${site.siteName}`,
    description: `أحدث مقالات ${author.name}`,
    ownerPath: authorPath(author),
    filter: { authorId: author.id },
  };
}
