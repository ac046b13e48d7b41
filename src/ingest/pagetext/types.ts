import type { Block } from '../../article/blocks.js';
import type { Image } from '../../article/image.js';
import type { RelatedCard } from '../../article/related-card.js';
import type { Byline } from '../../article/byline.js';
import type { ParsedSource } from '../types.js';

/** One line of a dump: its 1-based number and its text, trimmed. */
export interface Line {
  readonly no: number;
  readonly text: string;
}

/** What a caller may tell the parser besides the text. */
export interface PageTextOptions {
  /** File name for errors and warnings. */
  file?: string;
  /** Section names the site already has (the store, a site profile): they tell a card's label from its caption. */
  knownSections?: readonly string[];
  /** Other card labels the site uses (content types, series). */
  knownLabels?: readonly string[];
}

/** A card of a related-articles module linked to an article of the same dump. */
export interface RelatedLink {
  /** Index of the article whose module shows the card. */
  from: number;
  /** Index of the card in that article's `related`. */
  card: number;
  /** Index of the article the card points to. */
  to: number;
}

/** A parsed dump: the articles, the warnings, and which cards point to which articles. */
export interface PageTextResult extends ParsedSource {
  links: RelatedLink[];
}

/** A page's header as found: where it starts and where its body begins. */
export interface PageHeader {
  /** Index (into the line array) of the first header line. */
  start: number;
  headline: Line;
  /** A content-type kicker on its own line above the headline. */
  kicker: Line | null;
  deck: Line | null;
  /** The lead photo's alt-text line and its caption line (often the same text twice). */
  alt: Line | null;
  caption: Line | null;
  /** Index of the first line after the header and its repeat. */
  bodyStart: number;
  hasVideo: boolean;
}

/** A related card as read, before its label is told from its caption. */
export interface CardDraft {
  /** The label+caption line, without credit and video marker. */
  picture: Line;
  pictureText: string;
  credit: string | null;
  hasVideo: boolean;
  headline: Line;
  teaser: string;
  byline: Byline | null;
}

/** An article as the parser builds it: every field the anatomy names, already defaulted. */
export interface PageArticle {
  headline: string;
  deck: string | null;
  kicker: string | null;
  section: string | null;
  leadImage: Image | null;
  byline: Byline | null;
  hasVideo: boolean;
  body: Block[];
  related: RelatedCard[];
}

/** A parsed page with the line numbers warnings need. */
export interface PageDraft {
  article: PageArticle;
  /** Line of the headline. */
  line: number;
  /** Line of each card's picture line, by card index. */
  cardLines: number[];
}

/** One page as read: its header, its body blocks and its related module, if any. */
export interface PageRead {
  header: PageHeader;
  body: BodyRead;
  module: ModuleRead | null;
}

/** An article body as read from its lines. */
export interface BodyRead {
  blocks: Block[];
  /** A video marker appeared in the body. */
  hasVideo: boolean;
}

/** The cards of one related-articles module, and the lines before its first card. */
export interface ModuleRead {
  cards: CardDraft[];
  /** Lines between the heading and the first card (the first card's headline, shown large). */
  featured: Line[];
}
