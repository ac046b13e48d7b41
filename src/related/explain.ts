import type { Article } from '../article/index.js';
import type { RelatedItem } from './read.js';
import type { Ranking } from './rank.js';
import type { StoryView } from './story-read.js';

/** The JSON `midad related ID --json` prints: the article, its story, each pick with its score parts, and what was passed over. */
export interface Explanation {
  article: { id: string; articleId: number; slug: string; headline: string; section: string | null; publishedAt: string | null };
  /** "stored": the list readers get (written at publish time); "computed": none stored, ranked now. */
  source: 'stored' | 'computed';
  story: { id: number; title: string; articles: number } | null;
  picks: Array<{
    rank: number;
    id: string;
    articleId: number;
    headline: string;
    section: string | null;
    publishedAt: string | null;
    pinned: boolean;
    score: number | null;
    parts: Record<string, number | null> | null;
  }>;
  /** Neighbours ranked high but left out, and why (pinned, excluded, duplicate, same-thing). */
  skipped: Array<{ id: string; articleId: number; reason: string; like?: number }>;
}

/** Builds the explanation from the list readers get and a ranking made now (for what was skipped). */
export function explain(
  article: Article,
  items: readonly RelatedItem[],
  source: Explanation['source'],
  story: StoryView | null,
  ranking: Ranking,
  refOf: (id: number) => string,
): Explanation {
  return {
    article: {
      id: article.externalId ?? String(article.id),
      articleId: article.id,
      slug: article.slug,
      headline: article.headline,
      section: article.section?.name ?? null,
      publishedAt: article.publishedAt,
    },
    source,
    story: story ? { id: story.id, title: story.title, articles: story.entries.length } : null,
    picks: items.map((it, i) => ({
      rank: i + 1,
      id: it.article.externalId ?? String(it.article.id),
      articleId: it.article.id,
      headline: it.article.headline,
      section: it.article.section?.name ?? null,
      publishedAt: it.article.publishedAt,
      pinned: it.pinned,
      score: it.score,
      parts: it.parts ? { ...it.parts } : null,
    })),
    skipped: ranking.selection.skipped.map((x) => ({ id: refOf(x.id), articleId: x.id, reason: x.reason, ...(x.like !== undefined ? { like: x.like } : {}) })),
  };
}

/** An explanation as people read it. */
export function explainText(e: Explanation): string {
  const lines = [`${e.article.headline} [${e.article.id}] (${e.source})`];
  if (e.story) lines.push(`story: ${e.story.title} (${e.story.articles} articles)`);
  for (const p of e.picks) {
    const how = p.pinned
      ? 'pinned'
      : p.parts
        ? `${p.score?.toFixed(3)} = (text ${n(p.parts.text)} − hub ${n(p.parts.hub)} + entities ${n(p.parts.entities)} + section ${n(p.parts.section)} + tags ${n(p.parts.tags)}) × recency ${n(p.parts.recency)}`
        : '';
    lines.push(`${p.rank}. [${p.id}] ${p.headline} — ${p.section ?? ''} ${p.publishedAt?.slice(0, 10) ?? ''}  ${how}`);
  }
  for (const s of e.skipped) lines.push(`   skipped [${s.id}]: ${s.reason}${s.like !== undefined ? ` (like ${s.like})` : ''}`);
  return lines.join('\n') + '\n';
}

function n(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : x.toFixed(3);
}

/** TREC run lines (`qid Q0 ID rank score midad`) for ranked ids; scores must fall with rank, as the format's readers sort by them. */
export function trecLines(qid: string, ranked: ReadonlyArray<{ ref: string; score: number }>): string[] {
  return ranked.map((r, i) => `${qid} Q0 ${r.ref} ${i + 1} ${r.score.toFixed(6)} midad`);
}
