/**
 * Metadata extraction: what the page says about its article, merged from JSON-LD,
 * OpenGraph/`<meta>`, microdata and visible markup (h1, deck, byline elements). Each
 * field takes the first source, in the order written below, that gives a usable value.
 */
import { splitAuthors } from './byline.js';
import { parseDate } from './dates.js';
import type { DomDocument } from './dom.js';
import { chooseHeadline, plausibleDeck } from './headline.js';
import { readJsonLd } from './json-ld.js';
import { canonicalLink, documentTitle, firstMeta, firstTimeElement, readMetaTags, readMicrodata, tagLinks } from './meta-tags.js';
import { articleH1, bylineElementText, deckElementText } from './page-probes.js';
import { scanPage } from './page-scan.js';
import { compareKey } from './text.js';
import { resolveUrl } from './urls.js';

/** What the page says about its article. */
export interface PageMetadata {
  headline: string | null;
  /** A deck from the page's description or deck element, when it is a plausible one. */
  deck: string | null;
  authors: string[];
  section: string | null;
  tags: string[];
  /** ISO instants. */
  publishedAt: string | null;
  modifiedAt: string | null;
  image: { src: string | null; alt: string; caption: string } | null;
  canonicalUrl: string | null;
  siteNames: string[];
  /** JSON-LD `articleBody` paragraphs: the fallback when the page renders its text with scripts. */
  ldBody: string[];
}

/** Meta names CMSes use for the publication date besides OpenGraph's. */
const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date',
];
const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified'];

const unique = (xs: string[]) => [...new Map(xs.filter(Boolean).map((x) => [compareKey(x), x])).values()];

/** The first of the raw dates that parses, as an ISO instant, with a note when its zone was assumed. */
function firstDate(raws: Array<string | null | undefined>, what: string, warnings: string[]): string | null {
  for (const raw of raws) {
    if (!raw) continue;
    const r = parseDate(raw);
    if (r.ok) {
      if (r.assumedUtc) warnings.push(`${what} "${raw}" has no time zone; read as UTC`);
      return r.iso;
    }
    warnings.push(`${what} "${raw.slice(0, 40)}" ignored: ${r.reason}`);
  }
  return null;
}

/** Reads the page's metadata; `pageUrl` (where it was fetched) resolves relative addresses. */
export function extractMetadata(doc: DomDocument, pageUrl: string | null): { meta: PageMetadata; warnings: string[] } {
  const warnings: string[] = [];
  const scan = scanPage(doc);
  const { article: ld, problems } = readJsonLd(scan.jsonLd);
  warnings.push(...problems);
  const tags = readMetaTags(scan);
  const micro = readMicrodata(scan);
  const canonicalUrl = canonicalLink(scan) ?? firstMeta(tags, 'og:url') ?? ld?.url ?? null;
  const base = pageUrl ?? canonicalUrl;

  const siteNames = unique([
    firstMeta(tags, 'og:site_name') ?? '',
    firstMeta(tags, 'application-name') ?? '',
    ld?.publisher ?? '',
    (firstMeta(tags, 'twitter:site') ?? '').replace(/^@/, ''),
  ]);
  const headline = chooseHeadline(
    {
      og: firstMeta(tags, 'og:title'),
      jsonLd: ld?.headline ?? null,
      twitter: firstMeta(tags, 'twitter:title'),
      microdata: micro.headline ?? null,
      h1: articleH1(scan),
      title: documentTitle(scan),
    },
    siteNames,
  );

  const descriptions = [ld?.description, firstMeta(tags, 'og:description'), firstMeta(tags, 'description'), firstMeta(tags, 'twitter:description'), micro.description, deckElementText(scan)];
  const deck = descriptions.find((d): d is string => plausibleDeck(d ?? null, headline, siteNames)) ?? null;

  const siteKeys = new Set(siteNames.map(compareKey));
  const authorSources = [ld?.authors ?? [], ...(tags.get('author') ?? []).map(splitAuthors), splitAuthors(micro.author), splitAuthors(bylineElementText(scan))];
  const authors = authorSources.map((a) => a.filter((n) => !siteKeys.has(compareKey(n)))).find((a) => a.length > 0) ?? [];

  const section = ld?.sections[0] ?? firstMeta(tags, 'article:section') ?? micro.articleSection ?? null;
  const tagList = unique([...(tags.get('article:tag') ?? []), ...(ld?.keywords ?? []), ...tagLinks(scan)]);

  const publishedAt = firstDate([ld?.datePublished, ...DATE_META_KEYS.map((k) => firstMeta(tags, k)), micro.datePublished, firstTimeElement(scan)], 'publication date', warnings);
  const modifiedAt = firstDate([ld?.dateModified, ...MODIFIED_META_KEYS.map((k) => firstMeta(tags, k)), micro.dateModified], 'modification date', warnings);

  const imageSrc = resolveUrl(firstMeta(tags, 'og:image', 'og:image:url', 'og:image:secure_url') ?? ld?.image?.src ?? firstMeta(tags, 'twitter:image', 'twitter:image:src'), base);
  const image = imageSrc || ld?.image?.caption
    ? { src: imageSrc, alt: firstMeta(tags, 'og:image:alt', 'twitter:image:alt') ?? '', caption: ld?.image?.caption ?? '' }
    : null;

  return {
    meta: { headline, deck, authors, section, tags: tagList, publishedAt, modifiedAt, image, canonicalUrl, siteNames, ldBody: ld?.articleBody ?? [] },
    warnings,
  };
}
