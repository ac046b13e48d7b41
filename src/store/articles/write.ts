import type { Kysely } from 'kysely';
import type { Article, ArticleInput } from '../../article/index.js';
import { MidadError, slugify, uniqueSlug } from '../../article/index.js';
import type { Database } from '../schema/index.js';
import type { WriteOptions } from '../store.js';
import { ensureNamed, setAuthors, setPins, setTags } from './links.js';
import { getArticle, resolveArticle } from './read.js';
import { inputColumns } from './rows.js';

type Db = Kysely<Database>;

/** A slug no article has ever had (old slugs stay reserved so old links never change target). */
async function freeSlug(db: Db, base: string): Promise<string> {
  // Exact lookups of the first candidates use the slug index; a LIKE 'base%' would read every
  // slug on each insert (neither store can use an index for it under their collations). Only
  // a headline used more than FIRST_CANDIDATES times looks further.
  const first = [base, ...Array.from({ length: FIRST_CANDIDATES - 1 }, (_, i) => `${base}-${i + 2}`)];
  let rows = await db.selectFrom('article_slugs').select('slug').where('slug', 'in', first).execute();
  if (rows.length === first.length) rows = await db.selectFrom('article_slugs').select('slug').where('slug', 'like', `${base}%`).execute();
  const taken = new Set(rows.map((r) => r.slug));
  return uniqueSlug(base, (s) => taken.has(s) || /^[0-9]+$/.test(s));
}

/** Slugs checked by exact lookup before the prefix scan: the base and base-2 … base-8. */
const FIRST_CANDIDATES = 8;

/** Pins given as references (ids, external ids, slugs) to our ids; unknown references are dropped. */
export async function resolvePins(db: Db, refs: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const ref of refs) {
    const found = await resolveArticle(db, ref);
    if (found) ids.push(found.article.id);
  }
  return ids;
}

/** Writes the links every save replaces: authors, tags, pins. */
async function writeLinks(db: Db, id: number, input: ArticleInput): Promise<void> {
  await setAuthors(db, id, input.byline?.authors ?? []);
  await setTags(db, id, input.tags);
  await setPins(db, id, await resolvePins(db, input.pins));
}

/** Inserts a new article; the caller runs this inside a transaction. */
export async function createArticle(db: Db, input: ArticleInput, options: WriteOptions, now: string): Promise<Article> {
  if (input.id) {
    const dup = await db.selectFrom('articles').select('id').where('external_id', '=', input.id).executeTakeFirst();
    if (dup) throw new MidadError('ERR_ARTICLE_EXISTS', `an article with id "${input.id}" exists`, 'id');
  }
  const slug = await freeSlug(db, slugify(input.slug ?? input.headline));
  const sectionId = input.section ? await ensureNamed(db, 'sections', input.section) : null;
  const { id } = await db
    .insertInto('articles')
    .values({
      ...inputColumns(input, sectionId),
      slug,
      updated_at: input.updatedAt ?? input.publishedAt ?? now,
      created_at: now,
      source_key: options.source?.sourceKey ?? null,
      content_hash: options.source?.contentHash ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('article_slugs').values({ slug, article_id: id, created_at: now }).execute();
  await writeLinks(db, id, input);
  return (await getArticle(db, id))!;
}

/** Replaces an article's content, keeping its id and (unless asked) its slug. */
export async function updateArticle(
  db: Db,
  id: number,
  input: ArticleInput,
  options: WriteOptions,
  now: string,
): Promise<Article> {
  const current = await db.selectFrom('articles').select(['slug', 'updated_at', 'external_id']).where('id', '=', id).executeTakeFirst();
  if (!current) throw new MidadError('ERR_ARTICLE_NOT_FOUND');
  if (options.expectedUpdatedAt !== undefined && options.expectedUpdatedAt !== current.updated_at) {
    throw new MidadError('ERR_ARTICLE_CONFLICT');
  }
  if (input.id && input.id !== current.external_id) {
    const dup = await db.selectFrom('articles').select('id').where('external_id', '=', input.id).executeTakeFirst();
    if (dup && dup.id !== id) throw new MidadError('ERR_ARTICLE_EXISTS', `an article with id "${input.id}" exists`, 'id');
  }
  let slug = current.slug;
  const wanted = input.slug ?? (options.regenerateSlug ? slugify(input.headline) : undefined);
  if (wanted !== undefined && wanted !== current.slug) {
    const owner = await db.selectFrom('article_slugs').select('article_id').where('slug', '=', wanted).executeTakeFirst();
    if (owner?.article_id === id) {
      slug = wanted; // back to one of its own old slugs
    } else {
      slug = await freeSlug(db, wanted);
      await db.insertInto('article_slugs').values({ slug, article_id: id, created_at: now }).execute();
    }
  }
  const sectionId = input.section ? await ensureNamed(db, 'sections', input.section) : null;
  const columns = inputColumns(input, sectionId);
  await db
    .updateTable('articles')
    .set({
      ...columns,
      external_id: input.id ?? current.external_id,
      slug,
      updated_at: input.updatedAt && input.updatedAt > current.updated_at ? input.updatedAt : now,
      ...(options.source ? { source_key: options.source.sourceKey, content_hash: options.source.contentHash } : {}),
    })
    .where('id', '=', id)
    .execute();
  await writeLinks(db, id, input);
  return (await getArticle(db, id))!;
}
