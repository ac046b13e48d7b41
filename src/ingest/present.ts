import type { ArticleInputRaw } from '../article/article.js';
import type { Byline } from '../article/byline.js';
import type { ParsedSource } from './types.js';

/** A byline as the anatomy format prints it. */
export interface AnatomyByline {
  authors: string[];
  source: string | null;
  dateline: string | null;
}

/** A body block as the anatomy format prints it. */
export type AnatomyBlock =
  | { type: 'paragraph' | 'subheading' | 'quote'; text: string }
  | { type: 'image' | 'video'; caption: string; credit: string | null };

/** A related card as the anatomy format prints it. */
export interface AnatomyCard {
  headline: string;
  kicker: string | null;
  section: string | null;
  teaser: string;
  image: { caption: string; credit: string | null } | null;
  byline: AnatomyByline;
  hasVideo: boolean;
}

/** An article as the anatomy format prints it (shared/seed/ANATOMY.md, "Expected result format"). */
export interface AnatomyArticle {
  headline: string;
  deck: string | null;
  kicker: string | null;
  section: string | null;
  leadImage: { caption: string; credit: string | null } | null;
  byline: AnatomyByline | null;
  hasVideo: boolean;
  body: AnatomyBlock[];
  related: AnatomyCard[];
}

/** What `midad import --dry-run --json` prints for one file. */
export interface AnatomyDocument {
  source: string;
  articles: AnatomyArticle[];
}

type RawByline = Partial<Byline> | null | undefined;

/**
 * Projects parsed articles onto the anatomy format: a plain field map in the documented field
 * order, defaults filled in (a parsed article may leave defaulted fields out), nothing else
 * (no image src, alt, ids or status).
 */
export function toAnatomyJson(source: string, parsed: ParsedSource): AnatomyDocument {
  return { source, articles: parsed.articles.map(presentArticle) };
}

function presentArticle(a: ArticleInputRaw): AnatomyArticle {
  return {
    headline: a.headline,
    deck: a.deck ?? null,
    kicker: a.kicker ?? null,
    section: a.section ?? null,
    leadImage: a.leadImage ? { caption: a.leadImage.caption ?? '', credit: a.leadImage.credit ?? null } : null,
    byline: a.byline ? presentByline(a.byline) : null,
    hasVideo: a.hasVideo ?? false,
    body: (a.body ?? []).map(presentBlock),
    related: (a.related ?? []).map((c) => ({
      headline: c.headline,
      kicker: c.kicker ?? null,
      section: c.section ?? null,
      teaser: c.teaser ?? '',
      image: c.image ? { caption: c.image.caption ?? '', credit: c.image.credit ?? null } : null,
      // The format gives every card a byline object; a card that showed none has an empty one.
      byline: presentByline(c.byline),
      hasVideo: c.hasVideo ?? false,
    })),
  };
}

function presentByline(b: RawByline): AnatomyByline {
  return { authors: [...(b?.authors ?? [])], source: b?.source ?? null, dateline: b?.dateline ?? null };
}

function presentBlock(b: NonNullable<ArticleInputRaw['body']>[number]): AnatomyBlock {
  switch (b.type) {
    case 'paragraph':
    case 'subheading':
    case 'quote':
      return { type: b.type, text: b.text };
    case 'image':
    case 'video':
      return { type: b.type, caption: b.caption ?? '', credit: b.credit ?? null };
  }
}
