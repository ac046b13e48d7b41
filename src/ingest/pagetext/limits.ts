import type { Byline } from '../../article/byline.js';
import type { PageDraft } from './types.js';
import type { Warnings } from './warnings.js';

// The maxima of src/article's schemas (ArticleInputSchema, BlockSchema, ImageSchema,
// RelatedCardSchema, BylineSchema). A dump never comes near them; hostile input does, and a
// parsed article must still validate. The property tests check every article against the schema.
const MAX = {
  headline: 300,
  deck: 600,
  label: 80,
  paragraph: 20000,
  subheading: 300,
  caption: 1000,
  alt: 500,
  credit: 200,
  teaser: 2000,
  author: 120,
  authors: 20,
  source: 200,
  dateline: 120,
  blocks: 2000,
  cards: 50,
} as const;

/** Cuts every field of a parsed page to what the article schema accepts, warning at each cut. */
export function fitToSchema(page: PageDraft, warn: Warnings): void {
  const a = page.article;
  const fit = (text: string, max: number, what: string, line = page.line): string => {
    if (text.length <= max) return text;
    warn.add(line, `${what} longer than ${max} characters cut short`);
    return text.slice(0, max).trim();
  };
  const orNull = (text: string | null, max: number, what: string, line?: number): string | null =>
    text === null ? null : fit(text, max, what, line) || null;
  a.headline = fit(a.headline, MAX.headline, 'headline');
  a.deck = orNull(a.deck, MAX.deck, 'deck');
  a.kicker = orNull(a.kicker, MAX.label, 'kicker');
  a.section = orNull(a.section, MAX.label, 'section');
  if (a.leadImage) {
    a.leadImage.caption = fit(a.leadImage.caption, MAX.caption, 'lead caption');
    a.leadImage.alt = fit(a.leadImage.alt, MAX.alt, 'lead alt text');
    a.leadImage.credit = orNull(a.leadImage.credit, MAX.credit, 'lead credit');
  }
  a.byline = fitByline(a.byline, (t, m, w) => fit(t, m, w));
  if (a.body.length > MAX.blocks) {
    warn.add(page.line, `body of ${a.body.length} blocks cut to ${MAX.blocks}`);
    a.body.length = MAX.blocks;
  }
  for (const b of a.body) {
    if (b.type === 'paragraph') b.text = fit(b.text, MAX.paragraph, 'paragraph');
    else if (b.type === 'subheading') b.text = fit(b.text, MAX.subheading, 'subheading');
    else if (b.type === 'image') {
      b.caption = fit(b.caption, MAX.caption, 'photo caption');
      b.credit = orNull(b.credit, MAX.credit, 'photo credit');
    }
  }
  if (a.related.length > MAX.cards) {
    warn.add(page.line, `related module of ${a.related.length} cards cut to ${MAX.cards}`);
    a.related.length = MAX.cards;
    page.cardLines.length = MAX.cards;
  }
  a.related.forEach((c, i) => {
    const line = page.cardLines[i] ?? page.line;
    c.headline = fit(c.headline, MAX.headline, 'card headline', line);
    c.kicker = orNull(c.kicker, MAX.label, 'card kicker', line);
    c.section = orNull(c.section, MAX.label, 'card label', line);
    c.teaser = fit(c.teaser, MAX.teaser, 'card teaser', line);
    if (c.image) {
      c.image.caption = fit(c.image.caption, MAX.caption, 'card caption', line);
      c.image.credit = orNull(c.image.credit, MAX.credit, 'card credit', line);
    }
    c.byline = fitByline(c.byline, (t, m, w) => fit(t, m, w, line));
  });
}

function fitByline(b: Byline | null, fit: (text: string, max: number, what: string) => string): Byline | null {
  if (!b) return null;
  const authors = b.authors.slice(0, MAX.authors).map((x) => fit(x, MAX.author, 'author name')).filter(Boolean);
  const source = b.source === null ? null : fit(b.source, MAX.source, 'byline source') || null;
  const dateline = b.dateline === null ? null : fit(b.dateline, MAX.dateline, 'dateline') || null;
  return authors.length || source || dateline ? { authors, source, dateline } : null;
}
