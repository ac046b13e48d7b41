import type { z } from 'zod';
import type { Article } from '../../article/index.js';
import { fieldsOf } from '../../newsroom/drafts/fields.js';
import type { ApiDraftSchema } from './schema.js';

/** A draft's field map: workflow facts and the editable fields (pins and exclusions as our ids). */
export function presentDraft(article: Article, exclusions: readonly number[]): z.output<typeof ApiDraftSchema> {
  return {
    ...fieldsOf(article, exclusions),
    id: article.id,
    slug: article.slug,
    status: article.status,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    createdAt: article.createdAt,
  };
}
