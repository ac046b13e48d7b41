/**
 * Whether a role alone («الوزير الروسي», «الرئيس») can refer to a person with a known role.
 *
 * Rules:
 *  - titles compare without the article and the feminine ending («الوزيرة» ~ «وزير»);
 *  - the title alone must be the start of the person's title («الوزير» ~ «وزير الخارجية»);
 *  - except «رئيس» alone, which means a head of state: it never refers to a «رئيس الوزراء»;
 *  - a country on both sides must be the same one; a country on one side only is allowed.
 */
import type { Role } from '../types.js';

/** Titles that name the same office, as titleWords joins them. */
const SAME_OFFICE: ReadonlyMap<string, string> = new Map([
  ['رئيس حكومه', 'رئيس وزراء'],
  ['زعيم معارضه', 'زعيم معارض'],
]);

/** Titles (as titleWords joins them) where «رئيس» + complement is still a head of state. */
const HEAD_OF_STATE = new Set(['رئيس جمهوريه', 'رئيس دوله']);
const PRESIDENT = 'رئيس';

/** Title words without article or feminine ending: «الوزيرة الخارجية» → [وزير, خارجيه]. */
export function titleWords(title: string): string[] {
  return title
    .split(' ')
    .filter(Boolean)
    .map((w, n) => {
      const bare = w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
      return n === 0 && bare.endsWith('ه') && bare.length > 3 ? bare.slice(0, -1) : bare;
    });
}

const offices = new Map<string, readonly string[]>();

/** A title's words with same-office titles folded together, worked out once per title. */
function office(title: string): readonly string[] {
  let words = offices.get(title);
  if (!words) {
    const w = titleWords(title).join(' ');
    words = (SAME_OFFICE.get(w) ?? w).split(' ');
    offices.set(title, words);
  }
  return words;
}

/** Whether title `alone` can name someone whose title is `full`. */
export function titleFits(alone: string, full: string): boolean {
  const a = office(alone);
  const f = office(full);
  if (a.length === 0 || f.length < a.length) return false;
  if (a.length === 1 && a[0] === PRESIDENT && f.length > 1) return HEAD_OF_STATE.has(f.join(' '));
  return a.every((w, n) => w === f[n]);
}

/** Whether a role alone fits one of a person's roles. */
export function roleFits(alone: Role, known: Role): boolean {
  if (!alone.title || !known.title || !titleFits(alone.title, known.title)) return false;
  return !alone.country || !known.country || alone.country === known.country;
}
