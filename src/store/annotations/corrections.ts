/**
 * Editors' corrections, each applied to the stored annotations at once and recorded (with the
 * lessons it teaches a gazetteer) so that it outlives re-annotation:
 *  - rename: the entity gets a new name; its old spelling keeps naming it;
 *  - merge: one entity into another of its kind; names, mentions and quotations move, and the
 *    merged entity's pages redirect;
 *  - reject: the entity is no entity; its mentions go and its names are skipped from then on;
 *  - speaker: a quotation's speaker changes (re-applied by speakers.ts after re-annotation).
 */
import { MidadError, slugify } from '../../article/index.js';
import { entityRefs, storedEntityOf, type Db } from './rows.js';
import { speakerColumns, type SpeakerDetail } from './speakers.js';
import type { CorrectionAuthor, EntityKind, Lesson, SpeakerChoice, StoredEntity, Touched } from './types.js';

async function live(db: Db, id: number): Promise<StoredEntity> {
  const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.merged_into !== null || row.rejected === 1) throw new MidadError('ERR_ENTITY_NOT_FOUND');
  return storedEntityOf(row);
}

async function record(db: Db, type: string, articleId: number | null, detail: object, by: CorrectionAuthor, now: string): Promise<void> {
  await db.insertInto('entity_corrections').values({ type, article_id: articleId, detail: JSON.stringify(detail), user_id: by.userId, created_at: now }).execute();
}

/** Articles that show an entity (as a mention or as a speaker). */
async function articlesShowing(db: Db, ids: readonly number[]): Promise<number[]> {
  if (!ids.length) return [];
  const [a, q] = await Promise.all([
    db.selectFrom('article_entities').select('article_id').where('entity_id', 'in', ids).execute(),
    db.selectFrom('quotes').select('article_id').where('speaker_id', 'in', ids).execute(),
  ]);
  return [...new Set([...a, ...q].map((r) => r.article_id))];
}

async function spellings(db: Db, id: number): Promise<string[]> {
  return (await db.selectFrom('entity_names').select('text').where('entity_id', '=', id).execute()).map((r) => r.text);
}

/** Renames an entity; fails when the new name already names another entity (merge them instead). */
export async function renameEntity(db: Db, id: number, to: { name: string; key: string }, by: CorrectionAuthor, now: string): Promise<Touched> {
  const e = await live(db, id);
  const owner = await db.selectFrom('entity_names').select('entity_id').where('kind', '=', e.kind).where('key', '=', to.key).executeTakeFirst();
  if (owner && owner.entity_id !== id) throw new MidadError('ERR_ENTITY_NAME_TAKEN', undefined, 'name');
  await db.updateTable('entities').set({ name: to.name, slug: slugify(to.name, e.kind), updated_at: now }).where('id', '=', id).execute();
  if (!owner) await db.insertInto('entity_names').values({ kind: e.kind, key: to.key, text: to.name, entity_id: id }).execute();
  const lessons: Lesson[] = [{ type: 'rename', from: e.name, to: to.name, kind: e.kind }];
  await record(db, 'rename', null, { lessons, entityId: id, from: e.name, to: to.name }, by, now);
  return { articleIds: await articlesShowing(db, [id]), entityIds: [id] };
}

/** Merges `fromId` into `intoId` (same kind). */
export async function mergeEntities(db: Db, fromId: number, intoId: number, by: CorrectionAuthor, now: string): Promise<Touched> {
  if (fromId === intoId) throw new MidadError('ERR_ENTITY_MERGE_INVALID', undefined, 'into');
  const [from, into] = [await live(db, fromId), await live(db, intoId)];
  if (from.kind !== into.kind) throw new MidadError('ERR_ENTITY_MERGE_INVALID', undefined, 'into');
  const articleIds = await articlesShowing(db, [fromId, intoId]);
  const names = await spellings(db, fromId);
  await db.updateTable('entity_names').set({ entity_id: intoId }).where('entity_id', '=', fromId).execute();
  // Articles that name both keep one row: mentions added up, the earlier position, a role if any.
  const rows = await db.selectFrom('article_entities').selectAll().where('entity_id', '=', fromId).execute();
  for (const r of rows) {
    const both = await db.selectFrom('article_entities').selectAll().where('article_id', '=', r.article_id).where('entity_id', '=', intoId).executeTakeFirst();
    if (both) {
      await db
        .updateTable('article_entities')
        .set({ mentions: both.mentions + r.mentions, position: Math.min(both.position, r.position), role: both.role ?? r.role })
        .where('article_id', '=', r.article_id)
        .where('entity_id', '=', intoId)
        .execute();
      await db.deleteFrom('article_entities').where('article_id', '=', r.article_id).where('entity_id', '=', fromId).execute();
    } else {
      await db.updateTable('article_entities').set({ entity_id: intoId }).where('article_id', '=', r.article_id).where('entity_id', '=', fromId).execute();
    }
  }
  await db.updateTable('entity_mentions').set({ entity_id: intoId }).where('entity_id', '=', fromId).execute();
  await db.updateTable('quotes').set({ speaker_id: intoId }).where('speaker_id', '=', fromId).execute();
  // Keep merges flat: whatever pointed at `from` now points at `into`.
  await db.updateTable('entities').set({ merged_into: intoId, updated_at: now }).where('merged_into', '=', fromId).execute();
  await db.updateTable('entities').set({ merged_into: intoId, updated_at: now }).where('id', '=', fromId).execute();
  if (!into.role && from.role) await db.updateTable('entities').set({ role: from.role }).where('id', '=', intoId).execute();
  const lessons: Lesson[] = [{ type: 'merge', names, into: into.name, kind: into.kind as EntityKind }];
  await record(db, 'merge', null, { lessons, fromId, intoId, names, into: into.name }, by, now);
  return { articleIds, entityIds: [fromId, intoId] };
}

/** Marks an entity as no entity. */
export async function rejectEntity(db: Db, id: number, by: CorrectionAuthor, now: string): Promise<Touched> {
  const e = await live(db, id);
  const articleIds = await articlesShowing(db, [id]);
  const names = await spellings(db, id);
  await db.updateTable('entities').set({ rejected: 1, updated_at: now }).where('id', '=', id).execute();
  await db.deleteFrom('entity_mentions').where('entity_id', '=', id).execute();
  await db.deleteFrom('article_entities').where('entity_id', '=', id).execute();
  await db.updateTable('quotes').set({ speaker_id: null, speaker_text: null }).where('speaker_id', '=', id).execute();
  const lessons: Lesson[] = names.map((text) => ({ type: 'reject', text }));
  await record(db, 'reject', null, { lessons, entityId: id, name: e.name }, by, now);
  return { articleIds, entityIds: [id] };
}

/** Changes who said a quotation, and records it for re-annotation. */
export async function changeSpeaker(db: Db, quoteId: number, choice: SpeakerChoice, by: CorrectionAuthor, now: string): Promise<Touched> {
  const q = await db.selectFrom('quotes').selectAll().where('id', '=', quoteId).executeTakeFirst();
  if (!q) throw new MidadError('ERR_QUOTE_NOT_FOUND');
  if (choice && 'entityId' in choice) {
    const e = await live(db, choice.entityId);
    if (e.kind !== 'person') throw new MidadError('ERR_SPEAKER_INVALID', undefined, 'speaker');
  }
  await db.updateTable('quotes').set(await speakerColumns(db, choice)).where('id', '=', quoteId).execute();
  const ref = choice && 'entityId' in choice ? (await entityRefs(db, [choice.entityId])).get(choice.entityId) : undefined;
  const role = ref ? ((await db.selectFrom('entities').select('role').where('id', '=', ref.id).executeTakeFirst())?.role ?? null) : null;
  const lessons: Lesson[] = ref ? [{ type: 'speaker', speaker: ref.name, role }] : [];
  const detail: SpeakerDetail = { lessons, quote: { block: q.block, start: q.start_offset, text: q.text }, speaker: choice };
  await record(db, 'speaker', q.article_id, detail, by, now);
  return { articleIds: [q.article_id], entityIds: [...new Set([q.speaker_id, ref?.id].filter((x): x is number => typeof x === 'number'))] };
}
