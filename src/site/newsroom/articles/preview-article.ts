import { slugify, type Article, type Author, type Section } from '../../../article/index.js';
import type { DraftFields } from '../../../newsroom/drafts/fields.js';

/**
 * The article a reader would see if `fields` were saved over `base` (or published new):
 * known sections and authors keep their real pages; new ones get the slug they would get.
 */
export function previewArticle(
  fields: DraftFields,
  base: Article | null,
  known: { sections: readonly Section[]; authors: readonly Author[] },
  now: string,
): Article {
  const section = fields.section ? (known.sections.find((x) => x.name === fields.section) ?? { id: 0, slug: slugify(fields.section), name: fields.section }) : null;
  const authors = (fields.byline?.authors ?? []).map((name) => known.authors.find((a) => a.name === name) ?? { id: 0, slug: slugify(name), name });
  return {
    id: base?.id ?? 0,
    externalId: base?.externalId ?? null,
    slug: base?.slug ?? slugify(fields.headline),
    headline: fields.headline,
    deck: fields.deck,
    kicker: fields.kicker,
    section,
    tags: fields.tags,
    leadImage: fields.leadImage,
    byline: fields.byline ?? { authors: [], source: null, dateline: null },
    authors,
    hasVideo: fields.body.some((b) => b.type === 'video') || (base?.hasVideo ?? false),
    body: fields.body,
    related: base?.related ?? [],
    status: base?.status ?? 'draft',
    // Shown as a reader would see it on publication: dated now unless it already has a date.
    publishedAt: base?.publishedAt ?? now,
    updatedAt: now,
    createdAt: base?.createdAt ?? now,
    pins: base?.pins ?? [],
    demo: base?.demo ?? false,
  };
}
