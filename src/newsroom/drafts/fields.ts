import { z } from 'zod';
import { ArticleInputSchema, type Article, type ArticleInput } from '../../article/index.js';

/**
 * What the editor edits and a revision keeps: the article's content fields, its related pins
 * and exclusions (as references: ids or slugs). Status and dates are the workflow's, not the
 * editor's, so a restore never republishes or unpublishes anything.
 */
export const DraftFieldsSchema = ArticleInputSchema.pick({
  headline: true,
  deck: true,
  kicker: true,
  section: true,
  tags: true,
  leadImage: true,
  byline: true,
  body: true,
  pins: true,
}).extend({
  /** Articles kept out of this article's related module. */
  exclusions: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
});

/** The editable fields, validated. */
export type DraftFields = z.infer<typeof DraftFieldsSchema>;
/** The editable fields as a form or a client sends them. */
export type DraftFieldsRaw = z.input<typeof DraftFieldsSchema>;

/** The editable fields of a stored article (pins and exclusions as our ids). */
export function fieldsOf(article: Article, exclusions: readonly number[]): DraftFields {
  return {
    headline: article.headline,
    deck: article.deck,
    kicker: article.kicker,
    section: article.section?.name ?? null,
    tags: [...article.tags],
    leadImage: article.leadImage,
    byline: article.byline,
    body: article.body,
    pins: article.pins.map(String),
    exclusions: exclusions.map(String),
  };
}

/** A stored article as the store's write input (the inverse of what the store returns). */
export function articleToInput(article: Article): ArticleInput {
  return {
    ...(article.externalId ? { id: article.externalId } : {}),
    slug: article.slug,
    headline: article.headline,
    deck: article.deck,
    kicker: article.kicker,
    section: article.section?.name ?? null,
    tags: article.tags,
    leadImage: article.leadImage,
    byline: article.byline,
    hasVideo: article.hasVideo,
    body: article.body,
    related: article.related,
    status: article.status,
    publishedAt: article.publishedAt,
    pins: article.pins.map(String),
    demo: article.demo,
  };
}

/**
 * The store input for saving `fields` over `current` (or as a new draft): the editor's fields
 * replace the content; identity, source cards, status and dates stay the workflow's.
 */
export function inputFor(fields: DraftFields, current: Article | null): ArticleInput {
  const base: ArticleInput = current
    ? articleToInput(current)
    : { headline: fields.headline, deck: null, kicker: null, section: null, tags: [], leadImage: null, byline: null, hasVideo: false, body: [], related: [], status: 'draft', publishedAt: null, pins: [], demo: false };
  const { exclusions: _exclusions, ...content } = fields;
  return { ...base, ...content, hasVideo: fields.body.some((b) => b.type === 'video') || (current?.hasVideo ?? false) };
}
