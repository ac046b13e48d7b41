/**
 * Writes an article's annotations whole: the old rows go, names resolve to shared entities,
 * the article's entities, mentions and quotations are inserted, editors' speaker corrections
 * for this article are applied again, and the rules version is stamped. Runs inside the
 * article write's transaction (or a rebuild's), so readers never see half of it.
 */
import { chunks } from '../related/bytes.js';
import { resolveNames, type Resolution } from './entities.js';
import type { Db } from './rows.js';
import { reapplySpeakers } from './speakers.js';
import type { AnnotationRecords, EntityRecord, Touched } from './types.js';

/** One entity of the article once names are resolved: mentions of several spellings gathered. */
interface Gathered {
  entityId: number;
  role: string | null;
  position: number;
  mentions: EntityRecord['mentions'];
}

/** The entity ids an article's annotations name (entities and speakers). */
export async function namedIn(db: Db, articleId: number): Promise<number[]> {
  const [entities, speakers] = await Promise.all([
    db.selectFrom('article_entities').select('entity_id').where('article_id', '=', articleId).execute(),
    db.selectFrom('quotes').select('speaker_id').where('article_id', '=', articleId).where('speaker_id', 'is not', null).execute(),
  ]);
  return [...new Set([...entities.map((r) => r.entity_id), ...speakers.map((r) => r.speaker_id!)])];
}

/** Removes an article's annotations (not its stamp); returns the entities they named. */
export async function clearAnnotations(db: Db, articleId: number): Promise<Touched> {
  const before = await namedIn(db, articleId);
  await db.deleteFrom('entity_mentions').where('article_id', '=', articleId).execute();
  await db.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
  await db.deleteFrom('quotes').where('article_id', '=', articleId).execute();
  return { articleIds: [articleId], entityIds: before };
}

/** Mentions of every spelling of one entity in one list, the article's order kept. */
function gather(records: readonly EntityRecord[], resolved: ReadonlyMap<string, Resolution>): Map<number, Gathered> {
  const out = new Map<number, Gathered>();
  for (const e of records) {
    const r = resolved.get(`${e.kind}:${e.key}`);
    if (!r || r.rejected) continue;
    const g = out.get(r.id);
    if (g) {
      g.mentions.push(...e.mentions);
      g.role ??= e.role;
    } else out.set(r.id, { entityId: r.id, role: e.role, position: out.size, mentions: [...e.mentions] });
  }
  for (const g of out.values()) g.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
  return out;
}

/** Replaces an article's annotations with `records`; returns the entities named before or after. */
export async function replaceAnnotations(db: Db, articleId: number, records: AnnotationRecords, now: string): Promise<Touched> {
  const { entityIds: before } = await clearAnnotations(db, articleId);
  const resolved = await resolveNames(db, records.entities, now);
  const gathered = gather(records.entities, resolved);
  const rows = [...gathered.values()];
  if (rows.length) {
    await db
      .insertInto('article_entities')
      .values(rows.map((g) => ({ article_id: articleId, entity_id: g.entityId, role: g.role, position: g.position, mentions: g.mentions.length })))
      .execute();
  }
  const mentions = rows.flatMap((g) =>
    g.mentions.map((m) => ({ article_id: articleId, entity_id: g.entityId, block: m.block, start_offset: m.start, end_offset: m.end, text: m.text })),
  );
  for (const part of chunks(mentions)) await db.insertInto('entity_mentions').values(part).execute();
  // A person's latest role as written becomes the entity's role.
  for (const g of rows) {
    if (g.role) await db.updateTable('entities').set({ role: g.role, updated_at: now }).where('id', '=', g.entityId).where('kind', '=', 'person').execute();
  }
  const quotes = records.quotes.map((q, position) => {
    const r = q.speakerKey === null ? undefined : resolved.get(`person:${q.speakerKey}`);
    return {
      article_id: articleId,
      position,
      speaker_id: r && !r.rejected ? r.id : null,
      // A speaker whose entity editors rejected is nobody known, not the rejected name.
      speaker_text: r ? null : q.speakerText,
      text: q.text,
      block: q.block,
      start_offset: q.start,
      end_offset: q.end,
      continues: q.continues?.length ? JSON.stringify(q.continues) : null,
    };
  });
  for (const part of chunks(quotes)) await db.insertInto('quotes').values(part).execute();
  await reapplySpeakers(db, articleId);
  await db
    .insertInto('annotated_articles')
    .values({ article_id: articleId, version: records.version, annotated_at: now })
    .onConflict((oc) => oc.column('article_id').doUpdateSet({ version: records.version, annotated_at: now }))
    .execute();
  const after = await namedIn(db, articleId);
  return { articleIds: [articleId], entityIds: [...new Set([...before, ...after])] };
}
