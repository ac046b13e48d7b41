import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';

/** Rows per statement when upserting words (well under both dialects' parameter limits). */
const CHUNK = 400;

/** Counts each word of a list. */
function tally(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * Adds (sign 1) or removes (sign -1) a document's words to/from the word list, in the
 * caller's transaction. Both dialects understand ON CONFLICT … DO UPDATE.
 */
export async function adjustWords(db: Kysely<Database>, words: readonly string[], sign: 1 | -1): Promise<void> {
  const rows = [...tally(words)].map(([word, n]) => ({ word, freq: n * sign }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('search_words')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.column('word').doUpdateSet((eb) => ({ freq: eb('search_words.freq', '+', eb.ref('excluded.freq')) })))
      .execute();
  }
  if (sign < 0 && rows.length) {
    await db.deleteFrom('search_words').where('freq', '<=', 0).execute();
  }
}
