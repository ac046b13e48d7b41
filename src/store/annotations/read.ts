/**
 * Reading annotations: an article's entities and quotations, an entity's articles, roles and
 * quotations (only public articles when a Visibility says so: entity pages must never reveal
 * drafts), and entity lists with counts.
 */
import { sql } from 'kysely';
import { entityRefs, storedQuoteOf, type Db } from './rows.js';
import type {
  ArticleAnnotations,
  ArticleEntity,
  EntityKind,
  EntityListItem,
  EntityListQuery,
  EntityPageQuery,
  EntityQuote,
  StoredQuote,
  Visibility,
} from './types.js';

/** Newest first; drafts (no publication date) by their last change. */
const NEWEST = sql`coalesce(articles.published_at, articles.updated_at)`;

/** A LIKE pattern for a part of a name: wildcards typed by the user are dropped (the dialects escape differently). */
function likeText(q: string): string {
  return `%${q.replace(/[\\%_]/g, '')}%`;
}

/** An article's annotations, entities in order of first mention. */
export async function articleAnnotations(db: Db, articleId: number): Promise<ArticleAnnotations> {
  const [stamp, rows, mentions, quotes] = await Promise.all([
    db.selectFrom('annotated_articles').select('version').where('article_id', '=', articleId).executeTakeFirst(),
    db
      .selectFrom('article_entities')
      .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
      .select(['entities.id', 'entities.kind', 'entities.name', 'entities.slug', 'article_entities.role'])
      .where('article_entities.article_id', '=', articleId)
      .orderBy('article_entities.position')
      .execute(),
    db
      .selectFrom('entity_mentions')
      .select(['entity_id', 'block', 'start_offset', 'end_offset', 'text'])
      .where('article_id', '=', articleId)
      .orderBy('block')
      .orderBy('start_offset')
      .execute(),
    db.selectFrom('quotes').selectAll().where('article_id', '=', articleId).orderBy('position').execute(),
  ]);
  const entities: ArticleEntity[] = rows.map((r) => ({ id: r.id, kind: r.kind as EntityKind, name: r.name, slug: r.slug, role: r.role, mentions: [] }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const m of mentions) byId.get(m.entity_id)?.mentions.push({ text: m.text, block: m.block, start: m.start_offset, end: m.end_offset });
  const speakers = await entityRefs(db, quotes.flatMap((q) => (q.speaker_id === null ? [] : [q.speaker_id])));
  return {
    articleId,
    version: stamp?.version ?? null,
    entities,
    quotes: quotes.map((q) => storedQuoteOf(q, q.speaker_id === null ? null : (speakers.get(q.speaker_id) ?? null))),
  };
}

/** Ids of the articles (visible ones when asked) that mention an entity, newest first. */
export async function entityArticles(db: Db, entityId: number, query: EntityPageQuery): Promise<{ ids: number[]; total: number }> {
  const before = query.publishedBefore;
  const base = db
    .selectFrom('article_entities')
    .innerJoin('articles', 'articles.id', 'article_entities.article_id')
    .where('article_entities.entity_id', '=', entityId)
    .$if(before !== undefined, (q) => q.where('articles.status', '=', 'published').where('articles.published_at', '<=', before!));
  const [rows, total] = await Promise.all([
    base.select('articles.id').orderBy(NEWEST, 'desc').orderBy('articles.id', 'desc').limit(query.limit).offset(query.offset ?? 0).execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(total.n) };
}

/** An entity's quotations (in visible articles when asked), newest first, in reading order within an article. */
export async function entityQuotes(db: Db, entityId: number, query: EntityPageQuery): Promise<{ items: EntityQuote[]; total: number }> {
  const before = query.publishedBefore;
  const base = db
    .selectFrom('quotes')
    .innerJoin('articles', 'articles.id', 'quotes.article_id')
    .where('quotes.speaker_id', '=', entityId)
    .$if(before !== undefined, (q) => q.where('articles.status', '=', 'published').where('articles.published_at', '<=', before!));
  const [rows, total] = await Promise.all([
    base
      .selectAll('quotes')
      .select(['articles.slug as article_slug', 'articles.headline as article_headline', 'articles.published_at as article_published_at'])
      .orderBy(NEWEST, 'desc')
      .orderBy('articles.id', 'desc')
      .orderBy('quotes.position')
      .limit(query.limit)
      .offset(query.offset ?? 0)
      .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const speaker = (await entityRefs(db, [entityId])).get(entityId) ?? null;
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      quote: storedQuoteOf(r, speaker),
      article: { id: r.article_id, slug: r.article_slug, headline: r.article_headline, publishedAt: r.article_published_at },
    })),
  };
}

/** The roles written for an entity, most frequent first (in visible articles when asked). */
export async function entityRoles(db: Db, entityId: number, visibility: Visibility = {}): Promise<Array<{ role: string; articles: number }>> {
  const before = visibility.publishedBefore;
  const rows = await db
    .selectFrom('article_entities')
    .innerJoin('articles', 'articles.id', 'article_entities.article_id')
    .select(['article_entities.role', (eb) => eb.fn.countAll<string | number>().as('n'), (eb) => eb.fn.max(NEWEST).as('latest')])
    .where('article_entities.entity_id', '=', entityId)
    .where('article_entities.role', 'is not', null)
    .$if(before !== undefined, (q) => q.where('articles.status', '=', 'published').where('articles.published_at', '<=', before!))
    .groupBy('article_entities.role')
    .execute();
  return rows
    .map((r) => ({ role: r.role!, articles: Number(r.n), latest: String(r.latest ?? '') }))
    .sort((a, b) => b.articles - a.articles || b.latest.localeCompare(a.latest))
    .map(({ role, articles }) => ({ role, articles }));
}

/** Entities with how many (visible) articles mention them, most mentioned first. */
export async function listEntities(db: Db, query: EntityListQuery): Promise<{ items: EntityListItem[]; total: number }> {
  const before = query.publishedBefore;
  const grouped = db
    .selectFrom('entities')
    .leftJoin('article_entities', 'article_entities.entity_id', 'entities.id')
    .leftJoin('articles', (join) =>
      join
        .onRef('articles.id', '=', 'article_entities.article_id')
        .$call((j) => (before === undefined ? j : j.on('articles.status', '=', 'published').on('articles.published_at', '<=', before))),
    )
    .select(['entities.id', 'entities.kind', 'entities.name', 'entities.slug', 'entities.role', (eb) => eb.fn.count<string | number>('articles.id').as('n')])
    .where('entities.merged_into', 'is', null)
    .where('entities.rejected', '=', 0)
    .$if(query.kind !== undefined, (q) => q.where('entities.kind', '=', query.kind!))
    .$if(!!query.q, (q) => q.where('entities.name', 'like', likeText(query.q!)))
    .groupBy(['entities.id', 'entities.kind', 'entities.name', 'entities.slug', 'entities.role'])
    .$if(!query.includeUnused, (q) => q.having((eb) => eb.fn.count('articles.id'), '>', 0));
  const [rows, total] = await Promise.all([
    grouped.orderBy('n', 'desc').orderBy('entities.name').orderBy('entities.id').limit(query.limit).offset(query.offset ?? 0).execute(),
    db.selectFrom(grouped.as('g')).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    items: rows.map((r) => ({ id: r.id, kind: r.kind as EntityKind, name: r.name, slug: r.slug, role: r.role, articles: Number(r.n) })),
  };
}

/** One quotation by id. */
export async function quoteById(db: Db, id: number): Promise<StoredQuote | null> {
  const q = await db.selectFrom('quotes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!q) return null;
  const speaker = q.speaker_id === null ? null : ((await entityRefs(db, [q.speaker_id])).get(q.speaker_id) ?? null);
  return storedQuoteOf(q, speaker);
}
