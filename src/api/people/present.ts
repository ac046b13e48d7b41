import type { z } from 'zod';
import type { EntityListItem, EntityQuote, EntityRef, StoredQuote } from '../../store/annotations/index.js';
import { absoluteUrl } from '../../site/seo/urls.js';
import { articlePath } from '../../site/urls.js';
import { entityPath } from '../../site/views/entity-urls.js';
import type { ApiPersonQuoteSchema, ApiPersonSummarySchema, ApiQuoteSchema, ApiSpeakerSchema } from './schema.js';

/** A person in a list. */
export function presentPersonSummary(siteUrl: string, p: EntityListItem): z.output<typeof ApiPersonSummarySchema> {
  return { id: p.id, slug: p.slug, name: p.name, role: p.role, url: absoluteUrl(siteUrl, entityPath(p)), articles: p.articles };
}

/** A speaker with the address of their page. */
export function presentSpeaker(siteUrl: string, e: EntityRef): z.output<typeof ApiSpeakerSchema> {
  return { id: e.id, name: e.name, slug: e.slug, url: absoluteUrl(siteUrl, entityPath(e)) };
}

/** A quotation: its place in the article, its text and who said it. */
export function presentQuote(siteUrl: string, q: StoredQuote): z.output<typeof ApiQuoteSchema> {
  return {
    text: q.text,
    block: q.block,
    start: q.start,
    end: q.end,
    speaker: q.speaker && presentSpeaker(siteUrl, q.speaker),
    speakerText: q.speakerText,
    continues: q.continues,
  };
}

/** A person's quotation with its article. */
export function presentPersonQuote(siteUrl: string, q: EntityQuote): z.output<typeof ApiPersonQuoteSchema> {
  return {
    quote: presentQuote(siteUrl, q.quote),
    article: { id: q.article.id, headline: q.article.headline, url: absoluteUrl(siteUrl, articlePath(q.article)), publishedAt: q.article.publishedAt! },
  };
}
