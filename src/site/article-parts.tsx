import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { teaserOf, type Article, type Status } from '../article/index.js';
import type { ArticleAnnotations } from '../store/annotations/index.js';
import { h, render } from './jsx/runtime.js';
import { articleHead } from './seo/heads.js';
import { articlePath } from './urls.js';
import type { ViewContext } from './views/context.js';
import { ArticleMain } from './views/article-page.js';
import { mentionsLd } from './views/entity-head.js';

/**
 * The parts of an article page made from the article and its annotations alone, rendered to
 * HTML once and stored with the article (store: article_pages), plus the few facts the route
 * needs to serve them without reading the article again.
 */
export interface ArticleParts {
  id: number;
  slug: string;
  status: Status;
  publishedAt: string | null;
  updatedAt: string;
  /** For the related cards' fallback and pins. */
  sectionId: number | null;
  pins: number[];
  title: string;
  description: string;
  /** Head markup (JSON-LD, share cards, feed links). */
  head: string;
  /** The `<article>` element. */
  main: string;
}

/** Renders an article's stored parts (pure: the same inputs give the same bytes). */
export function renderArticleParts(ctx: ViewContext, article: Article, annotations: ArticleAnnotations): ArticleParts {
  const canonicalUrl = ctx.site.siteUrl + articlePath(article);
  return {
    id: article.id,
    slug: article.slug,
    status: article.status,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    sectionId: article.section?.id ?? null,
    pins: [...article.pins],
    title: article.headline,
    description: teaserOf(article, 300),
    head: render(articleHead(ctx.site, article, canonicalUrl, { mentions: mentionsLd(ctx.site, annotations.entities) })),
    main: render(<ArticleMain ctx={ctx} article={article} annotations={annotations} />),
  };
}

/** The parts as read back: the markup stays bytes, as stored (see StoredPage.parts). */
export type StoredParts = Omit<ArticleParts, 'head' | 'main'> & { head: Buffer; main: Buffer };

/**
 * The stored form: the fields as one line of JSON (JSON.stringify never writes a raw line
 * break), the head's length in bytes, then head and main markup as they are, so that a
 * reader takes the markup as bytes without decoding it.
 */
export function encodeParts(parts: ArticleParts): string {
  const { head, main, ...fields } = parts;
  return `${JSON.stringify({ ...fields, headBytes: Buffer.byteLength(head) })}\n${head}${main}`;
}

/** Reads what encodeParts stored. */
export function decodeParts(stored: Buffer): StoredParts {
  const eol = stored.indexOf(0x0a);
  const { headBytes, ...fields } = JSON.parse(stored.toString('utf8', 0, eol)) as Omit<ArticleParts, 'head' | 'main'> & { headBytes: number };
  const mainAt = eol + 1 + headBytes;
  return { ...fields, head: stored.subarray(eol + 1, mainAt), main: stored.subarray(mainAt) };
}

/**
 * Bump when the stored parts' shape changes. Changes to the views themselves are caught by
 * RENDERER below: in the bundle `midad` runs, this module's file name carries a content hash.
 */
const PARTS_VERSION = 2;

/** This build of the renderer: the module's URL, size and time (a new build or edit differs). */
const RENDERER = (() => {
  const url = import.meta.url;
  try {
    const st = statSync(fileURLToPath(url));
    return `${url}|${st.size}|${st.mtimeMs}`;
  } catch {
    return url;
  }
})();

const stamps = new WeakMap<object, string>();

/**
 * What stored parts must have been rendered with to be served: this renderer and the site's
 * settings (digits, time zone, site URL…). A process with other settings renders afresh.
 */
export function partsStamp(ctx: ViewContext): string {
  let stamp = stamps.get(ctx.site);
  if (!stamp) {
    stamp = createHash('sha256').update(JSON.stringify([PARTS_VERSION, RENDERER, ctx.site, ctx.assets])).digest('base64url').slice(0, 22);
    stamps.set(ctx.site, stamp);
  }
  return stamp;
}
