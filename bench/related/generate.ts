import type { ArticleInputRaw } from '../../src/article/index.js';
import { antInstant, loadAnt, type AntDoc } from './ant-data.js';

/** A small seeded generator (mulberry32): the same seed composes the same collection. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of a text (split after . ! ? and their Arabic forms). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?؟])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Composes `count` realistic articles from the ANT corpus, deterministically: each takes a base
 * article's headline and most of its sentences, adds sentences from another article of the
 * same section (so no two are copies, and sections stay coherent), and is dated in the corpus's
 * years shifted by whole weeks. External ids are `gen{n}`.
 */
export function* composeArticles(count: number, seed = 5, docs: AntDoc[] = loadAnt()): Generator<ArticleInputRaw> {
  const rand = prng(seed);
  const bySection = new Map<string, AntDoc[]>();
  for (const d of docs) bySection.set(d.category, [...(bySection.get(d.category) ?? []), d]);
  for (let n = 0; n < count; n++) {
    const base = docs[n % docs.length]!;
    const peers = bySection.get(base.category)!;
    const other = peers[Math.floor(rand() * peers.length)]!;
    const own = sentences(base.text).filter(() => rand() < 0.85);
    const borrowed = sentences(other.text).filter(() => rand() < 0.35);
    const body = [...own, ...borrowed];
    const paragraphs: string[] = [];
    for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3).join(' '));
    const round = Math.floor(n / docs.length);
    yield {
      id: `gen${n}`,
      headline: (base.title.trim() || body[0] || `gen${n}`).slice(0, 300),
      section: base.category || null,
      status: 'published',
      publishedAt: antInstant(base.time, round * 7 * 53),
      body: (paragraphs.length ? paragraphs : [base.title || `gen${n}`]).map((text) => ({ type: 'paragraph' as const, text })),
    };
  }
}
