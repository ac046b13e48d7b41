import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Article, ArticleSummary, Section, Status } from '../../article/index.js';
import type { Database } from '../schema/index.js';
import type { ListPage, ListQuery, Resolved } from '../store.js';
import { preparedIn } from '../prepared.js';
import { authorsOf } from './links.js';
import { rowToArticle, rowToSummary, SUMMARY_COLUMNS, type SummaryRow } from './rows.js';

type Db = Kysely<Database>;

const SECTION_COLUMNS = ['sections.slug as section_slug', 'sections.name as section_name'] as const;

type WithSection = { section_slug: string | null; section_name: string | null };

function sectionOf(row: { section_id: number | null } & WithSection): Section | null {
  return row.section_id !== null && row.section_slug !== null
    ? { id: row.section_id, slug: row.section_slug, name: row.section_name! }
    : null;
}

/** One article by our id, with its section, authors, tags and pins (four small indexed queries). */
export async function getArticle(db: Db, id: number): Promise<Article | null> {
  const row = await db
    .selectFrom('articles')
    .leftJoin('sections', 'sections.id', 'articles.section_id')
    .selectAll('articles')
    .select(SECTION_COLUMNS)
    .where('articles.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [authors, tags, pins] = await Promise.all([
    authorsOf(db, [id]),
    db.selectFrom('article_tags').select('tag').where('article_id', '=', id).orderBy('position').execute(),
    db.selectFrom('article_pins').select('target_id').where('article_id', '=', id).orderBy('position').execute(),
  ]);
  return rowToArticle(
    row,
    sectionOf(row),
    authors.get(id) ?? [],
    tags.map((t) => t.tag),
    pins.map((p) => p.target_id),
  );
}

/** Digits only: a reference to our numeric id. */
const NUMERIC_RE = /^[0-9]{1,15}$/;
/** `midad:N`: how exports name an article that has no external id. */
const EXPORT_REF_RE = /^midad:([0-9]{1,15})$/;

/** An article by our id, its external id, or any slug it has had. */
export async function resolveArticle(db: Db, ref: string): Promise<Resolved | null> {
  const trimmed = ref.trim();
  if (!trimmed) return null;
  if (NUMERIC_RE.test(trimmed)) {
    const article = await getArticle(db, Number(trimmed));
    if (article) return { article, canonical: false };
  }
  const byExternal = await db.selectFrom('articles').select('id').where('external_id', '=', trimmed).executeTakeFirst();
  if (byExternal) {
    const article = await getArticle(db, byExternal.id);
    return article && { article, canonical: false };
  }
  const exported = EXPORT_REF_RE.exec(trimmed);
  if (exported) {
    const article = await getArticle(db, Number(exported[1]));
    if (article) return { article, canonical: false };
  }
  const bySlug = await db.selectFrom('article_slugs').select('article_id').where('slug', '=', trimmed).executeTakeFirst();
  if (!bySlug) return null;
  const article = await getArticle(db, bySlug.article_id);
  return article && { article, canonical: article.slug === trimmed };
}

/** Applies a list query's filters to a select over articles. */
function filtered<O>(q: SelectQueryBuilder<Database, 'articles' | 'sections', O>, query: Omit<ListQuery, 'limit'>) {
  let out = q;
  if (query.status !== undefined) {
    const statuses = (Array.isArray(query.status) ? query.status : [query.status]) as Status[];
    out = out.where('articles.status', 'in', statuses);
  }
  if (query.sectionId !== undefined) out = out.where('articles.section_id', '=', query.sectionId);
  if (query.publishedBefore !== undefined) {
    out = out.where('articles.published_at', 'is not', null).where('articles.published_at', '<=', query.publishedBefore);
  }
  if (query.authorId !== undefined) {
    const authorId = query.authorId;
    out = out.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('article_authors')
          .select('article_authors.article_id')
          .whereRef('article_authors.article_id', '=', 'articles.id')
          .where('article_authors.author_id', '=', authorId),
      ),
    );
  }
  if (query.tag !== undefined) {
    const tag = query.tag;
    out = out.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('article_tags')
          .select('article_tags.article_id')
          .whereRef('article_tags.article_id', '=', 'articles.id')
          .where('article_tags.tag', '=', tag),
      ),
    );
  }
  if (query.excludeIds?.length) out = out.where('articles.id', 'not in', query.excludeIds as number[]);
  return out;
}

/** Summaries from rows, with authors fetched in one query. */
async function toSummaries(db: Db, rows: Array<SummaryRow & WithSection>): Promise<ArticleSummary[]> {
  const authors = await authorsOf(db, rows.map((r) => r.id));
  return rows.map((r) => rowToSummary(r, sectionOf(r), authors.get(r.id) ?? []));
}

const summaryColumns = SUMMARY_COLUMNS.map((c) => `articles.${c}` as const);

/** A page of summaries, newest first (published time, then id), and the total. */
export async function listArticles(db: Db, query: ListQuery): Promise<ListPage> {
  const base = db.selectFrom('articles').leftJoin('sections', 'sections.id', 'articles.section_id');
  const [rows, total] = await Promise.all([
    filtered(base.select(summaryColumns).select(SECTION_COLUMNS), query)
      // NULLS LAST spelled out: the two dialects disagree on where NULL sorts by default.
      .orderBy('articles.published_at', (ob) => ob.desc().nullsLast())
      .orderBy('articles.id', 'desc')
      .limit(query.limit)
      .offset(query.offset ?? 0)
      .execute(),
    query.count === false
      ? Promise.resolve({ n: NaN })
      : filtered(base.select((eb) => eb.fn.countAll<string | number>().as('n')), query).executeTakeFirstOrThrow(),
  ]);
  return { items: await toSummaries(db, rows), total: Number(total.n) };
}

const summaryRows = preparedIn((db, ids) =>
  db
    .selectFrom('articles')
    .leftJoin('sections', 'sections.id', 'articles.section_id')
    .select(summaryColumns)
    .select(SECTION_COLUMNS)
    .where('articles.id', 'in', ids),
);

/** Summaries of the given ids, in that order (a related module's cards: a hot read, prepared). */
export async function summariesOf(db: Db, ids: readonly number[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await summaryRows(db, [...new Set(ids)]);
  const byId = new Map((await toSummaries(db, rows)).map((s) => [s.id, s]));
  return ids.map((id) => byId.get(id)).filter((s): s is ArticleSummary => s !== undefined);
}

/** Paragraph texts of many articles, read in one query. */
export async function paragraphsOf(db: Db, ids: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('articles').select(['id', 'body']).where('id', 'in', ids as number[]).execute();
  for (const r of rows) {
    const blocks = JSON.parse(r.body) as Array<{ type: string; text?: string }>;
    out.set(r.id, blocks.filter((b) => b.type === 'paragraph' || b.type === 'quote').map((b) => b.text ?? ''));
  }
  return out;
}
