import type { Kysely } from 'kysely';
import type { Author } from '../../article/index.js';
import { slugify, uniqueSlug } from '../../article/index.js';
import { preparedIn } from '../prepared.js';
import type { Database } from '../schema/index.js';

type Db = Kysely<Database>;

/** A table with a unique `slug` column: used to pick a free slug. */
async function takenSlugs(db: Db, table: 'sections' | 'authors', base: string): Promise<Set<string>> {
  const rows = await db.selectFrom(table).select('slug').where('slug', 'like', `${base}%`).execute();
  return new Set(rows.map((r) => r.slug));
}

/** The id of the section or author with this name, creating it (with a free slug) when new. */
export async function ensureNamed(db: Db, table: 'sections' | 'authors', name: string): Promise<number> {
  const found = await db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirst();
  if (found) return found.id;
  const taken = await takenSlugs(db, table, slugify(name, table === 'sections' ? 'section' : 'author'));
  const slug = uniqueSlug(slugify(name, table === 'sections' ? 'section' : 'author'), (s) => taken.has(s));
  const row = await db.insertInto(table).values({ name, slug }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces an article's authors, in byline order. */
export async function setAuthors(db: Db, articleId: number, names: readonly string[]): Promise<void> {
  await db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
  const seen = new Set<number>();
  let position = 0;
  for (const name of names) {
    const authorId = await ensureNamed(db, 'authors', name);
    if (seen.has(authorId)) continue;
    seen.add(authorId);
    await db.insertInto('article_authors').values({ article_id: articleId, author_id: authorId, position: position++ }).execute();
  }
}

/** Replaces an article's tags, in the given order, without duplicates. */
export async function setTags(db: Db, articleId: number, tags: readonly string[]): Promise<void> {
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await db
    .insertInto('article_tags')
    .values(unique.map((tag, position) => ({ article_id: articleId, tag, position })))
    .execute();
}

/** Replaces an article's pinned related articles (ids already resolved; itself excluded). */
export async function setPins(db: Db, articleId: number, targetIds: readonly number[]): Promise<void> {
  await db.deleteFrom('article_pins').where('article_id', '=', articleId).execute();
  const unique = [...new Set(targetIds)].filter((t) => t !== articleId);
  if (unique.length === 0) return;
  await db
    .insertInto('article_pins')
    .values(unique.map((target_id, position) => ({ article_id: articleId, target_id, position })))
    .execute();
}

const authorRows = preparedIn((db, ids) =>
  db
    .selectFrom('article_authors')
    .innerJoin('authors', 'authors.id', 'article_authors.author_id')
    .select(['article_authors.article_id', 'authors.id', 'authors.slug', 'authors.name'])
    .where('article_authors.article_id', 'in', ids)
    .orderBy('article_authors.article_id')
    .orderBy('article_authors.position'),
);

/** Authors of many articles in one query, grouped by article in byline order (no N+1). */
export async function authorsOf(db: Db, articleIds: readonly number[]): Promise<Map<number, Author[]>> {
  const out = new Map<number, Author[]>();
  if (articleIds.length === 0) return out;
  const rows = await authorRows(db, articleIds);
  for (const r of rows) {
    const list = out.get(r.article_id) ?? [];
    list.push({ id: r.id, slug: r.slug, name: r.name });
    out.set(r.article_id, list);
  }
  return out;
}
