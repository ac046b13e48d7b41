import type { z } from 'zod';
import type { Author } from '../../article/index.js';
import { absoluteUrl } from '../../site/seo/urls.js';
import { authorPath } from '../../site/urls.js';
import type { ApiAuthorSchema } from './schema.js';

/** An author for the API: id, slug, name and the absolute URL of their page. */
export function presentAuthor(siteUrl: string, a: Author): z.output<typeof ApiAuthorSchema> {
  return { id: a.id, slug: a.slug, name: a.name, url: absoluteUrl(siteUrl, authorPath(a)) };
}
