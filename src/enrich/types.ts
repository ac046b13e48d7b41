/**
 * The shapes Midad's enrichment returns, as DESIGN.md's `midad annotate --json` prints them,
 * and the internal mention records the pieces pass to each other.
 *
 * Blocks: `block` ≥ 0 indexes the article's `body`; the headline is HEADLINE_BLOCK (-1), the
 * deck DECK_BLOCK (-2) and the lead image caption LEAD_CAPTION_BLOCK (-3). Offsets are UTF-16
 * code units in that block's text (a body image's or video's caption, a quote block's text).
 */
import type { EntityKind } from './gazetteer/gazetteer.js';

/** Block number of the headline. */
export const HEADLINE_BLOCK = -1;
/** Block number of the deck (standfirst). */
export const DECK_BLOCK = -2;
/** Block number of the lead image's caption. */
export const LEAD_CAPTION_BLOCK = -3;

/** Where a name occurs: `text === blockText.slice(start, end)`. */
export interface Mention {
  text: string;
  block: number;
  start: number;
  end: number;
}

/** A person with their role as written and every mention resolved to them. */
export interface PersonAnnotation {
  name: string;
  role: string | null;
  mentions: Mention[];
}

/** A place or an organisation with its mentions. */
export interface EntityAnnotation {
  name: string;
  mentions: Mention[];
}

/** A stretch of a block: part of a quotation that runs across paragraphs. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

/**
 * A quotation and its speaker (a person's canonical name, a group as written, or null).
 * `block/start/end` locate the part in the block where it opens; a quotation that runs on
 * into later paragraphs lists those parts in `continues`, and `text` joins all parts by a space.
 */
export interface QuoteAnnotation {
  speaker: string | null;
  text: string;
  block: number;
  start: number;
  end: number;
  continues?: Span[];
}

/** Everything found in one article. */
export interface Annotations {
  people: PersonAnnotation[];
  places: EntityAnnotation[];
  organizations: EntityAnnotation[];
  quotes: QuoteAnnotation[];
}

/** One text of an article with its block number. */
export interface TextUnit {
  readonly block: number;
  readonly text: string;
  /** Paragraph-like units (body paragraphs, subheadings, quote blocks) carry quotations. */
  readonly prose: boolean;
}

/** A person's role as parsed: the title without article, and the country it names. */
export interface Role {
  /** As written, clitics trimmed («وزير الخارجية الروسي»). */
  readonly text: string;
  /** Canonical title key without the article («وزير الخارجيه»), '' for honorifics only. */
  readonly title: string;
  readonly country: string | null;
  /** «نظيره البيلاروسي»: the counterpart of the person named just before. */
  readonly relative: boolean;
}

/** A person mention as the matcher finds it, before coreference. */
export interface PersonCandidate {
  readonly unit: number;
  /** Token range of the whole mention (role and name). */
  readonly from: number;
  readonly to: number;
  /** Character offsets of the whole mention and of the name alone. */
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  /** 'full': a name (with or without a role); 'title': a role alone; 'alias': a surname alone. */
  readonly form: 'full' | 'title' | 'alias';
  /** The name as written (clitics trimmed); '' for a role alone. */
  readonly name: string;
  readonly role: Role | null;
  /** Canonical name from the gazetteer, when the name is a known person. */
  readonly known?: string;
}

/** A place or organisation mention as the matcher finds it. */
export interface EntityCandidate {
  readonly unit: number;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly kind: Exclude<EntityKind, 'person'>;
  readonly name: string;
}
