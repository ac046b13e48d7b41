/**
 * Scoring helpers shared by the HTML tests and `bench/import/html-quality.ts`: the cases
 * (the LBC page from ../shared/eval with its gold, and our own fixtures with theirs), token
 * precision/recall/F1 of body text, and readability's raw output as the baseline.
 * Not a test file itself (no `.test.ts`).
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { ArticleInputRaw } from '../../../src/article/article.js';
import { stripDiacritics, stripTatweel } from '../../../src/arabic/diacritics.js';
import { decodeBytes } from '../../../src/ingest/charset.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const REPO = resolve(here, '../../..');
/** Our own fixtures. */
export const FIXTURES = join(REPO, 'test/fixtures/html');
/** The third-party LBC page and gold, read in place beside the project. */
export const LBC_DIR = resolve(REPO, '../shared/eval/html/lbc');

/** A gold record in the common shape (the LBC file's, plus the fields our fixtures add). */
export interface Gold {
  title: string;
  summary: string[];
  sections: Array<{ headline: string[]; paragraphs: string[] }>;
  quotes?: Array<{ text: string; cite: string | null }>;
  publishedAt?: string | null;
  authors?: string[];
  dateline?: string | null;
  section?: string | null;
  tags?: string[];
  leadImage?: { caption: string; credit: string | null } | null;
  images?: Array<{ caption: string; credit: string | null }>;
  videos?: Array<{ caption: string; credit: string | null }>;
  hasVideo?: boolean;
  charset?: string;
}

/** One page to score: where it came from, its bytes and its gold. */
export interface Case {
  name: string;
  source: string;
  bytes: Uint8Array;
  gold: Gold;
}

/** The LBC case, or null when ../shared is not beside the project. */
export function lbcCase(): Case | null {
  const page = join(LBC_DIR, 'LBCGroup_2026_01_08.html.gz');
  const goldFile = join(LBC_DIR, 'LBCGroup.json');
  if (!existsSync(page) || !existsSync(goldFile)) return null;
  const v1 = (JSON.parse(readFileSync(goldFile, 'utf8')) as { V1: { title: string; body: Gold; publishing_date: string } }).V1;
  return {
    name: 'lbc (shared/eval)',
    source: page,
    bytes: new Uint8Array(gunzipSync(readFileSync(page))),
    gold: { title: v1.title, summary: v1.body.summary, sections: v1.body.sections },
  };
}

/** Our fixtures, each `NAME.html` with its `NAME.gold.json`. */
export function fixtureCases(): Case[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Gold & { page: string };
      const source = join(FIXTURES, gold.page);
      return { name: gold.page.replace(/\.html$/, ''), source, bytes: new Uint8Array(readFileSync(source)), gold };
    });
}

/** Every case: LBC first when available, then the fixtures. */
export function allCases(): Case[] {
  const lbc = lbcCase();
  return [...(lbc ? [lbc] : []), ...fixtureCases()];
}

const NON_WORD_RE = /[^\p{L}\p{N}]+/u;

/** Word tokens for scoring: NFKC, no diacritics or tatweel, lower case, split on anything but letters and digits. */
export function tokens(text: string): string[] {
  return stripTatweel(stripDiacritics(text.normalize('NFKC'))).toLowerCase().split(NON_WORD_RE).filter(Boolean);
}

/** Precision, recall and F1 of one text against another, as bags of tokens. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Token precision/recall/F1 (multiset overlap) of `predicted` against `gold`. */
export function tokenPrf(predicted: string, gold: string): Prf {
  const p = tokens(predicted);
  const g = tokens(gold);
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  const precision = p.length ? overlap / p.length : 0;
  const recall = g.length ? overlap / g.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The gold body text: section headlines, paragraphs and pull quotes. */
export function goldBody(gold: Gold): string {
  return [...gold.sections.flatMap((s) => [...s.headline, ...s.paragraphs]), ...(gold.quotes ?? []).map((q) => q.text)].join('\n');
}

/** Midad's body text: paragraphs, subheadings and quotes (captions are scored apart). */
export function midadBody(article: ArticleInputRaw): string {
  return (article.body ?? []).flatMap((b) => (b.type === 'paragraph' || b.type === 'subheading' || b.type === 'quote' ? [b.text] : [])).join('\n');
}

/** Readability's raw result on the page (decoded with the same charset rules, no other help). */
export function readabilityRaw(bytes: Uint8Array): { title: string; excerpt: string; text: string } {
  const { document } = parseHTML(decodeBytes(bytes).text);
  const r = new Readability(document as never).parse();
  return { title: r?.title ?? '', excerpt: r?.excerpt ?? '', text: r?.textContent ?? '' };
}

/** Whether two headlines are the same words (punctuation and diacritics aside). */
export function sameWords(a: string | null | undefined, b: string | null | undefined): boolean {
  return tokens(a ?? '').join(' ') === tokens(b ?? '').join(' ');
}
