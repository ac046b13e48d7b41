/**
 * Speaker corrections: an editor's choice of who said a quotation is recorded with where the
 * quotation sits and what it says, and re-applied whenever the article is annotated again
 * (the quotation is found by its place, or by its text when paragraphs moved).
 */
import { liveEntity } from './entities.js';
import type { Db } from './rows.js';
import type { Lesson, SpeakerChoice } from './types.js';

/** What a speaker correction keeps: the lessons, the quotation it fixed and the speaker chosen. */
export interface SpeakerDetail {
  lessons: Lesson[];
  quote: { block: number; start: number; text: string };
  speaker: SpeakerChoice;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** The columns a speaker choice sets, merges followed (null speaker when the entity is gone or rejected). */
export async function speakerColumns(db: Db, choice: SpeakerChoice): Promise<{ speaker_id: number | null; speaker_text: string | null }> {
  if (choice === null) return { speaker_id: null, speaker_text: null };
  if ('text' in choice) return { speaker_id: null, speaker_text: choice.text };
  const live = await liveEntity(db, choice.entityId);
  return live && !live.rejected ? { speaker_id: live.id, speaker_text: null } : { speaker_id: null, speaker_text: null };
}

/** Applies, in order, every speaker correction editors made on this article's quotations. */
export async function reapplySpeakers(db: Db, articleId: number): Promise<void> {
  const corrections = await db
    .selectFrom('entity_corrections')
    .select(['detail'])
    .where('article_id', '=', articleId)
    .where('type', '=', 'speaker')
    .orderBy('id')
    .execute();
  if (!corrections.length) return;
  const quotes = await db.selectFrom('quotes').select(['id', 'block', 'start_offset', 'text']).where('article_id', '=', articleId).execute();
  for (const c of corrections) {
    const d = JSON.parse(c.detail) as SpeakerDetail;
    const q =
      quotes.find((x) => x.block === d.quote.block && x.start_offset === d.quote.start && sameText(x.text, d.quote.text)) ??
      quotes.find((x) => sameText(x.text, d.quote.text));
    if (!q) continue;
    await db.updateTable('quotes').set(await speakerColumns(db, d.speaker)).where('id', '=', q.id).execute();
  }
}
