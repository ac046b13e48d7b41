/**
 * Stored annotations in the shape of DESIGN.md's `midad annotate --json`: people with the
 * role written in this article and every mention, places, organisations, then quotations with
 * the speaker's name (or the group as written). Corrections are already in the stored rows.
 */
import type { ArticleAnnotations, SpanRecord, StoredMention } from './types.js';

/** One article as `midad annotate --json` prints it. */
export interface DesignArticle {
  headline: string;
  people: Array<{ name: string; role: string | null; mentions: StoredMention[] }>;
  places: Array<{ name: string; mentions: StoredMention[] }>;
  organizations: Array<{ name: string; mentions: StoredMention[] }>;
  quotes: Array<{ speaker: string | null; text: string; block: number; start: number; end: number; continues?: SpanRecord[] }>;
}

/** Stored annotations of an article, as DESIGN.md prints them. */
export function designArticle(headline: string, a: ArticleAnnotations): DesignArticle {
  const of = (kind: string) => a.entities.filter((e) => e.kind === kind);
  return {
    headline,
    people: of('person').map((e) => ({ name: e.name, role: e.role, mentions: e.mentions })),
    places: of('place').map((e) => ({ name: e.name, mentions: e.mentions })),
    organizations: of('organization').map((e) => ({ name: e.name, mentions: e.mentions })),
    quotes: a.quotes.map((q) => ({
      speaker: q.speaker?.name ?? q.speakerText,
      text: q.text,
      block: q.block,
      start: q.start,
      end: q.end,
      ...(q.continues.length ? { continues: q.continues } : {}),
    })),
  };
}
