/**
 * The article a page describes in JSON-LD (schema.org): NewsArticle and its kin, found at
 * the top level, in arrays or inside `@graph`, with `@id` references (author, image)
 * resolved against the other nodes. Publishers HTML-escape strings inside JSON-LD
 * (`&quot;`), so every string is entity-decoded. Broken JSON is a warning, not an error.
 */
import type { DomElement } from './dom.js';
import { cleanText, decodeEntities } from './text.js';

/** The fields Midad reads from a JSON-LD article node. */
export interface JsonLdArticle {
  headline: string | null;
  description: string | null;
  authors: string[];
  sections: string[];
  keywords: string[];
  datePublished: string | null;
  dateModified: string | null;
  image: { src: string | null; caption: string | null } | null;
  url: string | null;
  publisher: string | null;
  /** The article's text as the page gives it to search engines, paragraphs split at line breaks. */
  articleBody: string[];
}

/** Types that describe an article, most specific first (they win when a page has several). */
const ARTICLE_TYPES = [
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'LiveBlogPosting', 'Article', 'BlogPosting', 'Report', 'SocialMediaPosting',
];
const PERSON_TYPES = new Set(['Person']);

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const typesOf = (n: Node): string[] => asArray(n['@type']).filter((t): t is string => typeof t === 'string');

function str(v: unknown): string | null {
  if (typeof v === 'string') return cleanText(decodeEntities(v)) || null;
  if (typeof v === 'number') return String(v);
  return null;
}

// Raw control characters inside strings are the commonest JSON-LD defect (CMS templates
// paste multi-line text); replacing them with spaces keeps the data.
const CONTROL_CHARS_RE = /[\u0000-\u001F]/g;

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) };
  } catch {
    try {
      return { value: JSON.parse(text.replace(CONTROL_CHARS_RE, ' ')) };
    } catch {
      return null;
    }
  }
}

/** Every object node in the JSON-LD blocks, `@graph` and nested arrays flattened (iteratively). */
function collectNodes(values: unknown[]): Node[] {
  const out: Node[] = [];
  const stack = [...values];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isNode(v)) {
      out.push(v);
      // Articles also hide in a WebPage's `mainEntity`.
      if (v['@graph'] !== undefined) stack.push(v['@graph']);
      if (v['mainEntity'] !== undefined) stack.push(v['mainEntity']);
    }
  }
  return out.reverse();
}

function resolve(v: unknown, byId: Map<string, Node>): unknown {
  if (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v;
  return v;
}

function names(v: unknown, byId: Map<string, Node>): string[] {
  const out: string[] = [];
  for (const item of asArray(v)) {
    const r = resolve(item, byId);
    const name = typeof r === 'string' ? str(r) : isNode(r) ? str(r['name']) : null;
    if (name) out.push(name);
  }
  return out;
}

function imageOf(v: unknown, byId: Map<string, Node>): JsonLdArticle['image'] {
  const first = resolve(asArray(v)[0], byId);
  if (typeof first === 'string') return { src: str(first), caption: null };
  if (!isNode(first)) return null;
  return { src: str(first['url']) ?? str(first['contentUrl']), caption: str(first['caption']) };
}

function keywordsOf(v: unknown): string[] {
  const out: string[] = [];
  for (const k of asArray(v)) {
    const s = str(k);
    // A single string is a comma-separated list (either script's comma).
    if (s) out.push(...s.split(/[,،]/).map((x) => x.trim()).filter(Boolean));
  }
  return out;
}

function rank(n: Node): number {
  const types = typesOf(n);
  let best = ARTICLE_TYPES.length;
  for (const t of types) {
    const i = ARTICLE_TYPES.indexOf(t);
    if (i !== -1 && i < best) best = i;
  }
  return best;
}

/** The article described by these JSON-LD `<script>`s, if any, and a note per block that would not parse. */
export function readJsonLd(scripts: readonly DomElement[]): { article: JsonLdArticle | null; problems: string[] } {
  const problems: string[] = [];
  const values: unknown[] = [];
  let i = 0;
  for (const script of scripts) {
    i++;
    const parsed = parseJson(script.textContent ?? '');
    if (parsed) values.push(parsed.value);
    else problems.push(`JSON-LD block ${i} is not valid JSON; ignored`);
  }
  const nodes = collectNodes(values);
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  let best: Node | null = null;
  for (const n of nodes) if (rank(n) < ARTICLE_TYPES.length && (!best || rank(n) < rank(best))) best = n;
  if (!best) return { article: null, problems };
  const authorNodes = asArray(best['author']).map((a) => resolve(a, byId));
  const publisher = names(best['publisher'], byId)[0] ?? null;
  const authors: string[] = [];
  for (const node of authorNodes) {
    const name = names(node, byId)[0];
    // An organisation credited as author is usually the publisher itself, not a writer.
    const isOrg = isNode(node) && typesOf(node).length > 0 && !typesOf(node).some((t) => PERSON_TYPES.has(t));
    if (name && !(isOrg && name === publisher)) authors.push(name);
  }
  const main = resolve(asArray(best['mainEntityOfPage'])[0], byId);
  return {
    article: {
      headline: str(best['headline']) ?? str(best['name']),
      description: str(best['description']),
      authors,
      sections: asArray(best['articleSection']).map(str).filter((s): s is string => !!s),
      keywords: keywordsOf(best['keywords']),
      datePublished: str(best['datePublished']) ?? str(best['dateCreated']),
      dateModified: str(best['dateModified']),
      image: imageOf(best['image'], byId),
      url: str(best['url']) ?? (isNode(main) ? str(main['@id']) ?? str(main['url']) : str(main)),
      publisher,
      articleBody: typeof best['articleBody'] === 'string' ? decodeEntities(best['articleBody']).split(/\n+/).map(cleanText).filter(Boolean) : [],
    },
    problems,
  };
}
