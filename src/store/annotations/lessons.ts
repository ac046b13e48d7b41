/**
 * Lessons for a gazetteer from the store: the entity table (each live entity confirmed with its
 * other spellings and role) and the editors' corrections, both after a cursor so a process can
 * catch up cheaply before each annotation. The annotator decides which lessons it takes.
 */
import type { Db } from './rows.js';
import type { EntityKind, Lesson, LessonCursor } from './types.js';

/** Rows read per call, so a first load of a large table stays bounded in memory per step. */
const BATCH = 5000;

/** Lessons after `since`, and the cursor to pass next time. */
export async function lessonsSince(db: Db, since: LessonCursor): Promise<{ lessons: Lesson[]; cursor: LessonCursor }> {
  const lessons: Lesson[] = [];
  let entity = since.entity;
  for (;;) {
    const rows = await db.selectFrom('entities').selectAll().where('id', '>', entity).orderBy('id').limit(BATCH).execute();
    if (!rows.length) break;
    const live = rows.filter((r) => r.merged_into === null && r.rejected === 0);
    const names = live.length
      ? await db.selectFrom('entity_names').select(['entity_id', 'text']).where('entity_id', 'in', live.map((r) => r.id)).execute()
      : [];
    const aliases = new Map<number, string[]>();
    for (const n of names) aliases.set(n.entity_id, [...(aliases.get(n.entity_id) ?? []), n.text]);
    for (const r of live) {
      const others = (aliases.get(r.id) ?? []).filter((t) => t !== r.name);
      lessons.push({ type: 'confirm', name: r.name, kind: r.kind as EntityKind, aliases: others, role: r.role });
    }
    entity = rows[rows.length - 1]!.id;
    if (rows.length < BATCH) break;
  }
  const corrections = await db.selectFrom('entity_corrections').select(['id', 'detail']).where('id', '>', since.correction).orderBy('id').execute();
  for (const c of corrections) lessons.push(...((JSON.parse(c.detail) as { lessons?: Lesson[] }).lessons ?? []));
  const correction = corrections.length ? corrections[corrections.length - 1]!.id : since.correction;
  return { lessons, cursor: { entity, correction } };
}
