/**
 * The generated import corpus: page dumps, HTML pages, feeds and JSONL files, each a pure
 * function of its index and the seed, so any run (and any process) can make item i again
 * without storing it. Nothing third-party is stored here: article text is read at run time
 * (texts.ts), everything around it is generated from our own vocabulary (words.ts).
 */
import { makeDump } from './dump.js';
import { makeFeed, type FeedSample } from './feed.js';
import { makeHtmlPage, type HtmlPage } from './html-page.js';
import { rng, type Rng } from './rng.js';
import { CITIES, CREDITS, SECTIONS, WRITERS } from './words.js';
import { loadTexts, type SourceText } from './texts.js';

/** A dump and how many article pages it holds. */
export interface DumpSample {
  text: string;
  pages: number;
}

/** Makes corpus items by index. */
export interface Corpus {
  /** Where the article text came from. */
  from: string;
  dump(i: number): DumpSample;
  html(i: number): HtmlPage;
  feed(i: number): FeedSample;
  /** JSONL (the export format) of `articles` articles made from the texts. */
  jsonl(i: number): { text: string; articles: number };
}

// Sizes of typical Arabic news pages, furniture included.
const MIN_PAGE_KB = 50;
const MAX_PAGE_KB = 150;
// Items of a feed: CMS feeds carry the latest 10 to 30.
const MIN_FEED_ITEMS = 10;
const MAX_FEED_ITEMS = 30;
const JSONL_ARTICLES = 50;

/** A corpus over the available texts. */
export function makeCorpus(seed = 1): Corpus {
  const { texts, from } = loadTexts();
  const slice = (at: number, n: number): SourceText[] => Array.from({ length: n }, (_, k) => texts[(at + k * 7) % texts.length]!);
  return {
    from,
    dump(i) {
      const r = rng(seed * 1_000_003 + i);
      const pages = r.int(1, 4);
      const cards = Math.max(pages - 1, r.int(2, 5));
      return { text: makeDump(r, slice(i * 13, cards + 1), pages), pages };
    },
    html(i) {
      const r = rng(seed * 2_000_003 + i);
      const [text, ...others] = slice(i * 17, 40);
      return makeHtmlPage(r, text!, others, r.int(MIN_PAGE_KB, MAX_PAGE_KB) * 1024, i);
    },
    feed(i) {
      const r = rng(seed * 3_000_017 + i);
      return makeFeed(r, slice(i * 19, r.int(MIN_FEED_ITEMS, MAX_FEED_ITEMS)), i * 100);
    },
    jsonl(i) {
      const r = rng(seed * 4_000_037 + i);
      const lines = slice(i * 23, JSONL_ARTICLES).map((t, k) => JSON.stringify(jsonlArticle(r, t, i * JSONL_ARTICLES + k)));
      return { text: `${lines.join('\n')}\n`, articles: lines.length };
    },
  };
}

/** One article in the export format (ARTICLE of seed/ANATOMY.md plus id, publishedAt, tags). */
function jsonlArticle(r: Rng, t: SourceText, n: number): Record<string, unknown> {
  return {
    id: `bench-${n}`,
    headline: t.title,
    deck: r.chance(0.5) ? t.paragraphs[0]!.split(' ').slice(0, 12).join(' ') : null,
    kicker: null,
    section: r.pick(SECTIONS),
    leadImage: r.chance(0.6) ? { caption: t.paragraphs[0]!.split(' ').slice(0, 6).join(' '), credit: r.pick(CREDITS) } : null,
    byline: { authors: [r.pick(WRITERS)], source: null, dateline: r.chance(0.5) ? r.pick(CITIES) : null },
    hasVideo: false,
    body: t.paragraphs.map((text, k) => (k > 0 && k % 4 === 0 ? { type: 'subheading', text: text.split(' ').slice(0, 4).join(' ') } : { type: 'paragraph', text })),
    related: [],
    publishedAt: `2025-0${r.int(1, 9)}-1${r.int(0, 9)}T08:00:00.000Z`,
    tags: [r.pick(SECTIONS)],
  };
}
