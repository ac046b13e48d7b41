import type { z } from 'zod';
import type { Section } from '../../article/index.js';
import { absoluteUrl } from '../../site/seo/urls.js';
import { sectionPath } from '../../site/urls.js';
import type { ApiSectionSchema } from './schema.js';

/** A section for the API: id, slug, name and the absolute URL of its page. */
export function presentSection(siteUrl: string, s: Section): z.output<typeof ApiSectionSchema> {
  return { id: s.id, slug: s.slug, name: s.name, url: absoluteUrl(siteUrl, sectionPath(s)) };
}
