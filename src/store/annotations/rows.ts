/** Annotation rows as the shapes the repository's readers get: plain field maps. */
import type { Kysely } from 'kysely';
import type { Database, EntityRow, QuoteRow } from '../schema/index.js';
import type { EntityKind, EntityRef, SpanRecord, StoredEntity, StoredQuote } from './types.js';

/** The database (or a transaction of it). */
export type Db = Kysely<Database>;

/** An entity row as a link. */
export function entityRefOf(r: Pick<EntityRow, 'id' | 'kind' | 'name' | 'slug'>): EntityRef {
  return { id: r.id, kind: r.kind as EntityKind, name: r.name, slug: r.slug };
}

/** An entity row as stored. */
export function storedEntityOf(r: EntityRow): StoredEntity {
  return {
    ...entityRefOf(r),
    role: r.role,
    mergedInto: r.merged_into,
    rejected: r.rejected === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A quote row, with its speaker when one is known. */
export function storedQuoteOf(r: QuoteRow, speaker: EntityRef | null): StoredQuote {
  return {
    id: r.id,
    articleId: r.article_id,
    position: r.position,
    speaker,
    speakerText: r.speaker_text,
    text: r.text,
    block: r.block,
    start: r.start_offset,
    end: r.end_offset,
    continues: r.continues ? (JSON.parse(r.continues) as SpanRecord[]) : [],
  };
}

/** Entities by id, as links, in one query. */
export async function entityRefs(db: Db, ids: Iterable<number>): Promise<Map<number, EntityRef>> {
  const unique = [...new Set(ids)];
  const out = new Map<number, EntityRef>();
  if (!unique.length) return out;
  const rows = await db.selectFrom('entities').select(['id', 'kind', 'name', 'slug']).where('id', 'in', unique).execute();
  for (const r of rows) out.set(r.id, entityRefOf(r));
  return out;
}
