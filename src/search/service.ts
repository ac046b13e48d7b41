import type { Analyzer } from '../arabic/analyzer.js';
import type { ArticleSummary } from '../article/index.js';
import type { IndexQuery, SearchScope, Store } from '../store/index.js';
import { parseQuery, type ParsedQuery, type QueryProblem } from './parse-query.js';
import { highlight, snippet, type Segment } from './snippet.js';
import { suggest } from './suggest.js';

/** Where to look: everywhere, headlines only, or bodies only. */
export type SearchIn = SearchScope;

/** A search request, as the site, the API and the CLI all make it. */
export interface SearchRequest {
  q: string;
  in?: SearchIn;
  sectionId?: number;
  authorId?: number;
  /** ISO instants bounding the publication date. */
  from?: string;
  to?: string;
  sort?: 'relevance' | 'newest';
  page?: number;
  pageSize?: number;
  /** Results to skip, instead of a page number (the API's cursor). */
  offset?: number;
  /** Only what readers may see (default), or every article (newsroom, CLI). */
  scope?: 'public' | 'all';
  /** "now", for the public scope. */
  now?: Date;
  /** Skip snippets (batch runs need only ids). */
  snippets?: boolean;
  /**
   * 'operators' (the search box): «…» and "…" are phrases, -word excludes. 'plain' (batch runs
   * of headlines and other found text): every word is just a word, since a quoted remark in a
   * headline is not a phrase the reader asked for.
   */
  syntax?: 'operators' | 'plain';
}

/** One result: the article's card data, its score, the highlighted headline and snippet. */
export interface SearchHit {
  article: ArticleSummary;
  score: number;
  headline: Segment[];
  snippet: Segment[];
}

/** What a search answers. */
export interface SearchResponse {
  query: ParsedQuery | null;
  problem: QueryProblem | null;
  hits: SearchHit[];
  total: number;
  page: number;
  pages: number;
  /** True when nothing matched as typed and the results come from the relaxed retry. */
  relaxed: boolean;
  /** "Did you mean" text, when a likelier spelling exists. */
  suggestion: string | null;
}

/** The most results a page may hold. */
export const MAX_PAGE_SIZE = 100;

/** Runs a search: parse → analyse → rank in the store → relaxed retry → suggestion → snippets. */
export async function search(store: Store, analyzer: Analyzer, req: SearchRequest): Promise<SearchResponse> {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, req.pageSize ?? 10));
  const offset = req.offset !== undefined ? Math.max(0, req.offset) : (Math.max(1, req.page ?? 1) - 1) * pageSize;
  const page = Math.floor(offset / pageSize) + 1;
  const empty = { hits: [], total: 0, page, pages: 0, relaxed: false, suggestion: null };
  const parsed = parseQuery(req.q, req.syntax ?? 'operators');
  if (!parsed.ok) return { ...empty, query: null, problem: parsed.problem };
  const query = parsed.query;

  const phrases = query.phrases.map((p) => analyzer.indexTerms(p)).filter((p) => p.length > 0);
  const terms = [...new Set([...analyzer.queryTerms(query.words), ...phrases.flat()])];
  const excluded = query.excluded.flatMap((w) => analyzer.queryTerms(w));
  if (terms.length === 0) {
    return { ...empty, query, problem: { code: 'empty', message: 'لم يبق في البحث إلا كلمات شائعة؛ أضف كلمة أدق.' } };
  }
  const base: IndexQuery = {
    terms,
    phrases,
    excluded,
    in: req.in ?? 'all',
    sort: req.sort ?? 'relevance',
    limit: pageSize,
    offset,
    filter: {
      ...(req.scope === 'all' ? {} : { status: 'published', publishedBefore: (req.now ?? new Date()).toISOString() }),
      sectionId: req.sectionId,
      authorId: req.authorId,
      from: req.from,
      to: req.to,
    },
  };
  let result = await store.search.query(base);
  let relaxed = false;
  if (result.total === 0) {
    // Nothing as typed: drop the phrase constraints and match word beginnings instead.
    result = await store.search.query({ ...base, phrases: [], prefix: true });
    relaxed = result.total > 0;
  }
  const suggestion = result.total === 0 || relaxed ? await suggest(store.search, query.words) : null;

  const summaries = await store.articles.summaries(result.hits.map((h) => h.id));
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const termSet = new Set(terms);
  const texts = req.snippets === false ? new Map<number, string[]>() : await store.articles.paragraphs(summaries.map((s) => s.id));
  const hits: SearchHit[] = [];
  for (const h of result.hits) {
    const article = byId.get(h.id);
    if (!article) continue;
    hits.push({
      article,
      score: h.score,
      headline: req.snippets === false ? [] : highlight(analyzer, article.headline, termSet),
      snippet: req.snippets === false ? [] : snippet(analyzer, texts.get(h.id) ?? [], termSet, article.teaser),
    });
  }
  return { query, problem: null, hits, total: result.total, page, pages: Math.ceil(result.total / pageSize), relaxed, suggestion };
}
