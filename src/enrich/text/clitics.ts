/**
 * Readings of a word under the proclitics that glue onto Arabic nouns and verbs.
 *
 * Rules:
 *  - a conjunction و or ف may come first: «وقال» → «قال»;
 *  - then a preposition ب، ل or ك: «لموسكو» → «موسكو», «وبحسب» → «حسب» (and «بحسب»);
 *  - ل before the article drops the article's alef: «للرئيس» → «الرئيس» (offsets keep «لل»);
 *  - what is left must keep at least MIN_BASE letters, so «لا» or «بل» are never split.
 * The word itself is always the first reading; gazetteers decide which reading is real.
 */
import { rawOffsetAfterKeyChars } from './key.js';

/** One reading: the base key and how many key characters the clitics took. */
export interface CliticReading {
  readonly base: string;
  readonly prefix: number;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
/** Two letters is the shortest base worth reading: «شي», «كي» are names; one letter never is. */
const MIN_BASE = 2;
const ARTICLE = 'ال';

/** Readings already worked out, by key: words repeat, and every matcher asks for them. */
const memo = new Map<string, readonly CliticReading[]>();
/** A bound on the memo, so a long-running server does not grow it forever. */
const MEMO_LIMIT = 100_000;

/** All readings of a key, the unsplit word first. */
export function cliticReadings(key: string): readonly CliticReading[] {
  const known = memo.get(key);
  if (known) return known;
  const out = computeReadings(key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, out);
  return out;
}

function add(out: CliticReading[], base: string, prefix: number): void {
  if (base.length >= MIN_BASE && !out.some((r) => r.base === base)) out.push({ base, prefix });
}

function computeReadings(key: string): CliticReading[] {
  const out: CliticReading[] = [{ base: key, prefix: 0 }];
  const afterConj = CONJUNCTIONS.includes(key[0] ?? '') ? [0, 1] : [0];
  for (const c of afterConj) {
    const rest = key.slice(c);
    if (c) add(out, rest, c);
    const p = rest[0] ?? '';
    if (!PREPOSITIONS.includes(p)) continue;
    // «للرئيس»: the preposition ل swallowed the alef of «ال»; no cut inside the word gives a
    // whole «الرئيس», so the mention keeps the preposition and starts after the conjunction only.
    if (p === 'ل' && rest[1] === 'ل' && rest.length > 3) add(out, ARTICLE + rest.slice(2), c);
    add(out, rest.slice(1), c + 1);
  }
  return out;
}

/** The written form of a reading: the word after its clitics, «للخبراء» read as «الخبراء». */
export function readingText(raw: string, key: string, reading: CliticReading): string {
  if (reading.base === key.slice(reading.prefix)) return raw.slice(rawOffsetAfterKeyChars(raw, reading.prefix));
  // The «لل» reading: the article's alef was swallowed; give it back.
  return ARTICLE + raw.slice(rawOffsetAfterKeyChars(raw, reading.prefix + 2));
}
