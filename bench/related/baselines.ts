import type { Midad } from '../../src/cli/open-midad.js';
import { bodyText } from '../../src/related/profile.js';

/** Terms a more-like-this query takes, as Lucene's MoreLikeThis defaults to. */
const MLT_TERMS = 25;

/** The `limit` best of a ranked list without the article itself, as TREC lines. */
function lines(qid: string, ranked: ReadonlyArray<{ ref: string; score: number }>, limit: number): string[] {
  return ranked
    .filter((r) => r.ref !== qid)
    .slice(0, limit)
    .map((r, i) => `${qid} Q0 ${r.ref} ${i + 1} ${r.score.toFixed(6)} baseline`);
}

/**
 * Plain BM25 more-like-this (what Jetpack and Elasticsearch users get): the article's most
 * frequent analysed terms of headline and body (up to 25, headline words first) as an OR query
 * over the search index, nothing else.
 */
export async function bm25MoreLikeThis(m: Midad, refs: readonly string[], limit: number): Promise<string> {
  const out: string[] = [];
  for (const ref of refs) {
    const a = (await m.store.articles.resolve(ref))!.article;
    const counts = new Map<string, number>();
    for (const t of m.analyzer().indexTerms(`${a.headline}\n${bodyText(a)}`)) counts.set(t, (counts.get(t) ?? 0) + 1);
    const head = new Set(m.analyzer().queryTerms(a.headline));
    const terms = [...counts].sort((x, y) => Number(head.has(y[0])) - Number(head.has(x[0])) || y[1] - x[1]).slice(0, MLT_TERMS).map(([t]) => t);
    const r = await m.store.search.query({ terms, limit: limit + 1 });
    const summaries = new Map((await m.store.articles.summaries(r.hits.map((h) => h.id))).map((s) => [s.id, s]));
    out.push(...lines(ref, r.hits.map((h) => ({ ref: summaries.get(h.id)?.externalId ?? String(h.id), score: h.score })), limit));
  }
  return out.join('\n') + '\n';
}

/** Ghost's related posts: the newest articles of the same section (of the whole site when it has none). */
export async function newestInSection(m: Midad, refs: readonly string[], limit: number): Promise<string> {
  const out: string[] = [];
  for (const ref of refs) {
    const a = (await m.store.articles.resolve(ref))!.article;
    const page = await m.store.articles.list({ status: 'published', ...(a.section ? { sectionId: a.section.id } : {}), excludeIds: [a.id], limit });
    out.push(...lines(ref, page.items.map((s, i) => ({ ref: s.externalId ?? String(s.id), score: limit - i })), limit));
  }
  return out.join('\n') + '\n';
}
