import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { ArticleInputSchema, type ArticleInput } from '../../src/article/article.js';
import type { Block } from '../../src/article/blocks.js';

/**
 * Guards the demo newsroom content (`demo/articles.jsonl`): every line is a valid
 * ArticleInput, and the set as a whole exercises what the site and the extractors
 * need (sections, kickers, videos, in-body photos, pull quotes, pins, developing stories).
 */

const FILE = new URL('../../demo/articles.jsonl', import.meta.url);
const FIRST_DAY = Date.parse('2026-10-25T00:00:00Z');
const LAST_DAY_END = Date.parse('2026-11-29T00:00:00Z');

interface Row {
  /** 1-based line number in the file. */
  line: number;
  article: ArticleInput;
}

interface Loaded {
  rows: Row[];
  errors: string[];
}

/** Parses every non-empty line, collecting "line N (id): field.path: message" for each problem. */
function load(): Loaded {
  const text = readFileSync(FILE, 'utf8');
  const rows: Row[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      errors.push(`line ${line}: invalid JSON: ${(err as Error).message}`);
      return;
    }
    const result = ArticleInputSchema.safeParse(json);
    if (!result.success) {
      const id = (json as { id?: unknown } | null)?.id;
      for (const issue of result.error.issues) {
        const path = issue.path.map(String).join('.') || '(root)';
        errors.push(`line ${line} (${String(id)}): ${path}: ${issue.message}`);
      }
      return;
    }
    rows.push({ line, article: result.data });
  });
  return { rows, errors };
}

const { rows, errors } = load();
const articles = rows.map((r) => r.article);

/** "line N (id)" for messages. */
const where = (r: Row): string => `line ${r.line} (${r.article.id ?? '?'})`;
const blocksOf = <T extends Block['type']>(a: ArticleInput, type: T): Extract<Block, { type: T }>[] =>
  a.body.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const countWhere = (pred: (a: ArticleInput) => boolean): number => articles.filter(pred).length;
const wordCount = (a: ArticleInput): number =>
  a.body
    .flatMap((b) => (b.type === 'paragraph' || b.type === 'subheading' || b.type === 'quote' ? [b.text] : []))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;

describe('demo/articles.jsonl: every line', () => {
  it('parses with ArticleInputSchema (failures name the line and field path)', () => {
    expect(errors).toEqual([]);
  });

  it('is marked demo and published', () => {
    const bad = rows.filter((r) => r.article.demo !== true || r.article.status !== 'published').map(where);
    expect(bad).toEqual([]);
  });

  it('has a lead image with src, alt, caption and credit', () => {
    const bad = rows
      .filter((r) => {
        const img = r.article.leadImage;
        return !img || !img.src || !img.alt || !img.caption || !img.credit;
      })
      .map(where);
    expect(bad).toEqual([]);
  });

  it('has a byline with a dateline and either authors or a source', () => {
    const bad = rows
      .filter((r) => {
        const b = r.article.byline;
        return !b || !b.dateline || (b.authors.length === 0 && !b.source) || b.authors.length > 2;
      })
      .map(where);
    expect(bad).toEqual([]);
  });

  it('has a section, 2–5 tags and a headline of at most 110 characters', () => {
    const bad = rows
      .filter((r) => {
        const a = r.article;
        return !a.section || a.tags.length < 2 || a.tags.length > 5 || a.headline.length > 110;
      })
      .map(where);
    expect(bad).toEqual([]);
  });

  it('has a body of 6–16 blocks, 300–800 words, with at least one paragraph', () => {
    const bad = rows
      .filter((r) => {
        const a = r.article;
        const words = wordCount(a);
        return a.body.length < 6 || a.body.length > 16 || words < 300 || words > 800 || blocksOf(a, 'paragraph').length === 0;
      })
      .map((r) => `${where(r)}: ${r.article.body.length} blocks, ${wordCount(r.article)} words`);
    expect(bad).toEqual([]);
  });

  it('is published between 2026-10-25 and 2026-11-28, and updated only after publication', () => {
    const bad = rows
      .filter((r) => {
        const { publishedAt, updatedAt } = r.article;
        if (!publishedAt) return true;
        const t = Date.parse(publishedAt);
        if (t < FIRST_DAY || t >= LAST_DAY_END) return true;
        return updatedAt !== undefined && Date.parse(updatedAt) <= t;
      })
      .map(where);
    expect(bad).toEqual([]);
  });

  it('sets hasVideo exactly when the body holds a video block', () => {
    const bad = rows.filter((r) => r.article.hasVideo !== blocksOf(r.article, 'video').length > 0).map(where);
    expect(bad).toEqual([]);
  });

  it('writes subheadings without a final full stop, at most three outside interviews', () => {
    const bad = rows
      .filter((r) => {
        const subs = blocksOf(r.article, 'subheading');
        return subs.some((s) => s.text.endsWith('.')) || (r.article.kicker !== 'حوار' && subs.length > 3);
      })
      .map(where);
    expect(bad).toEqual([]);
  });

  it('credits and captions every in-body image and video, and cites every pull quote', () => {
    const bad = rows
      .filter((r) => {
        const a = r.article;
        return (
          blocksOf(a, 'image').some((b) => !b.src || !b.caption || !b.credit) ||
          blocksOf(a, 'video').some((b) => !b.caption || !b.credit) ||
          blocksOf(a, 'quote').some((b) => !b.cite)
        );
      })
      .map(where);
    expect(bad).toEqual([]);
  });
});

describe('demo/articles.jsonl: the set', () => {
  it('holds at least 40 articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
  });

  it('numbers ids demo-001, demo-002, … in file order, without duplicates', () => {
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(articles.map((_, i) => `demo-${String(i + 1).padStart(3, '0')}`));
  });

  it('never repeats a headline', () => {
    const seen = new Map<string, number>();
    for (const a of articles) seen.set(a.headline, (seen.get(a.headline) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([h]) => h)).toEqual([]);
  });

  it('spreads over at least 6 sections with at least 5 articles each', () => {
    const bySection = new Map<string, number>();
    for (const a of articles) if (a.section) bySection.set(a.section, (bySection.get(a.section) ?? 0) + 1);
    const full = [...bySection].filter(([, n]) => n >= 5);
    expect(full.length).toBeGreaterThanOrEqual(6);
  });

  it('carries a deck on at least 80% of articles', () => {
    expect(countWhere((a) => a.deck !== null)).toBeGreaterThanOrEqual(Math.ceil(articles.length * 0.8));
  });

  it('has enough analyses, interviews, opinions and reports', () => {
    const kicker = (k: string): number => countWhere((a) => a.kicker === k);
    expect(kicker('تحليل إخباري')).toBeGreaterThanOrEqual(5);
    expect(kicker('حوار')).toBeGreaterThanOrEqual(4);
    expect(kicker('رأي')).toBeGreaterThanOrEqual(3);
    expect(kicker('تقرير')).toBeGreaterThanOrEqual(2);
  });

  it('has at least 6 videos, 15 articles with in-body photos and 8 with pull quotes', () => {
    expect(countWhere((a) => a.hasVideo)).toBeGreaterThanOrEqual(6);
    expect(countWhere((a) => blocksOf(a, 'image').length > 0)).toBeGreaterThanOrEqual(15);
    expect(countWhere((a) => blocksOf(a, 'quote').length > 0)).toBeGreaterThanOrEqual(8);
  });

  it('has subheadings in most articles', () => {
    expect(countWhere((a) => blocksOf(a, 'subheading').length > 0)).toBeGreaterThanOrEqual(
      Math.ceil(articles.length * 0.75),
    );
  });

  it('has some articles updated after publication', () => {
    expect(countWhere((a) => a.updatedAt !== undefined)).toBeGreaterThanOrEqual(2);
  });

  it('runs at least one quotation across two paragraphs', () => {
    const open = (a: ArticleInput): boolean =>
      blocksOf(a, 'paragraph').some((p) => (p.text.match(/«/g) ?? []).length > (p.text.match(/»/g) ?? []).length);
    expect(countWhere(open)).toBeGreaterThanOrEqual(3);
  });

  it('draws bylines from a small staff, each writer with several articles, some pieces co-written', () => {
    const byAuthor = new Map<string, number>();
    for (const a of articles) for (const name of a.byline?.authors ?? []) byAuthor.set(name, (byAuthor.get(name) ?? 0) + 1);
    expect(byAuthor.size).toBeGreaterThanOrEqual(8);
    expect(byAuthor.size).toBeLessThanOrEqual(16);
    expect([...byAuthor].filter(([, n]) => n < 2).map(([name]) => name)).toEqual([]);
    expect(countWhere((a) => (a.byline?.authors.length ?? 0) === 2)).toBeGreaterThanOrEqual(2);
    expect(countWhere((a) => (a.byline?.authors.length ?? 0) === 0)).toBeGreaterThanOrEqual(1);
  });

  it('pins only existing articles, never the article itself', () => {
    const ids = new Set(articles.map((a) => a.id));
    const bad = rows
      .flatMap((r) => r.article.pins.filter((p) => !ids.has(p) || p === r.article.id).map((p) => `${where(r)} → ${p}`));
    expect(bad).toEqual([]);
    expect(countWhere((a) => a.pins.length > 0)).toBeGreaterThanOrEqual(3);
  });

  it('follows at least 4 developing stories: a tag shared by 3+ articles over several days', () => {
    const days = new Map<string, Set<string>>();
    const counts = new Map<string, number>();
    for (const a of articles) {
      for (const tag of a.tags) {
        counts.set(tag, (counts.get(tag) ?? 0) + 1);
        const set = days.get(tag) ?? new Set<string>();
        set.add((a.publishedAt ?? '').slice(0, 10));
        days.set(tag, set);
      }
    }
    const stories = [...counts].filter(([tag, n]) => n >= 3 && n <= 6 && (days.get(tag)?.size ?? 0) >= 3);
    expect(stories.length).toBeGreaterThanOrEqual(4);
  });
});
