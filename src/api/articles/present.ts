import type { z } from 'zod';
import { teaserOf, type Article, type ArticleSummary, type Block, type Image } from '../../article/index.js';
import { absoluteUrl, modifiedAt } from '../../site/seo/urls.js';
import { articlePath } from '../../site/urls.js';
import { presentAuthor } from '../authors/present.js';
import { presentSection } from '../sections/present.js';
import type { ApiArticleSchema, ApiArticleSummarySchema } from './schema.js';

/** An image with an absolute `src`, so apps need not know the site's address. */
function presentImage(siteUrl: string, img: Image): Image {
  return { ...img, src: img.src ? absoluteUrl(siteUrl, img.src) : null };
}

/** A body block with absolute media URLs. */
function presentBlock(siteUrl: string, b: Block): Block {
  if (b.type === 'image') return { ...b, src: b.src ? absoluteUrl(siteUrl, b.src) : null };
  if (b.type === 'video') {
    return { ...b, src: b.src ? absoluteUrl(siteUrl, b.src) : null, poster: b.poster ? absoluteUrl(siteUrl, b.poster) : null };
  }
  return b;
}

/** The fields lists and single articles share. */
function common(siteUrl: string, a: ArticleSummary | Article, teaser: string): z.output<typeof ApiArticleSummarySchema> {
  return {
    id: a.id,
    externalId: a.externalId,
    slug: a.slug,
    url: absoluteUrl(siteUrl, articlePath(a)),
    headline: a.headline,
    deck: a.deck,
    kicker: a.kicker,
    section: a.section && presentSection(siteUrl, a.section),
    leadImage: a.leadImage && presentImage(siteUrl, a.leadImage),
    byline: a.byline,
    authors: a.authors.map((p) => presentAuthor(siteUrl, p)),
    teaser,
    hasVideo: a.hasVideo,
    publishedAt: a.publishedAt ?? a.updatedAt,
    updatedAt: modifiedAt(a),
    demo: a.demo,
  };
}

/** A list item: a plain field map of what the API shows (status, pins and source cards stay inside). */
export function presentArticleSummary(siteUrl: string, a: ArticleSummary): z.output<typeof ApiArticleSummarySchema> {
  return common(siteUrl, a, a.teaser);
}

/** A whole article: the list fields, tags, and the body with absolute media URLs. */
export function presentArticle(siteUrl: string, a: Article): z.output<typeof ApiArticleSchema> {
  return { ...common(siteUrl, a, teaserOf(a)), tags: a.tags, body: a.body.map((b) => presentBlock(siteUrl, b)) };
}
