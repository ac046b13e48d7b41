/**
 * Short references to people already named: the family name alone («بوتين», «ولوكاشينكو»),
 * the last unit of an Arabic name with its particle («أبو زيد»), a patronymic unit
 * («بن راشد» for «عبد الرحمن بن راشد آل سالم»), or the family name that comes first in East
 * Asian names («كيم»). First names are never aliases («محمد» alone names nobody), nor are
 * function words or one-letter remnants.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { PhraseTable } from '../gazetteer/phrase-table.js';
import { phraseKey, rawOffsetAfterKeyChars } from '../text/key.js';
import type { Token } from '../text/tokenize.js';
import type { PersonCandidate } from '../types.js';
import { isMaqsuraFunctionWord, speechKind } from '../text/word-class.js';

/** The shape of a person the alias index needs. */
export interface Named {
  readonly id: number;
  readonly name: string;
  readonly variants: readonly string[][];
}

/** Particles that bind to the next word: «أبو زيد», «بن راشد», «آل سالم», «عبد الرحمن». */
const PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ال', 'عبد', 'ام']);
/** Units that may stand for the whole name: «بن راشد», «أبو زيد» (not «آل سالم», «عبد الرحمن»). */
const PATRONYMIC = new Set(['بن', 'ابن', 'ابو', 'ام']);

/** A name's words grouped into units, a particle with its word: [عبد الرحمن, بن راشد, آل سالم]. */
export function nameUnits(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (PARTICLES.has(w) && i + 1 < words.length) out.push(`${w} ${words[++i]!}`);
    else out.push(w);
  }
  return out;
}

/** The alias keys of one written name (word keys). */
export function aliasesOf(g: Gazetteer, words: readonly string[]): string[] {
  const units = nameUnits(words);
  if (units.length < 2) return units.filter((u) => u.length >= 2 && !g.nonNameWords.has(u));
  const out = new Set<string>();
  // The last unit is the family name even when it is also a given name («كريم منصور»).
  out.add(units.at(-1)!);
  units.slice(1).forEach((u) => {
    if (PATRONYMIC.has(u.split(' ')[0]!)) out.add(u);
  });
  if (g.familyFirstNames.has(units[0]!)) out.add(units[0]!);
  return [...out].filter((u) => u.length >= 2 && !g.nonNameWords.has(u));
}

/** Alias phrase → ids of the people it may refer to. */
export function aliasTable(g: Gazetteer, people: readonly Named[]): PhraseTable<number[]> {
  const out = new PhraseTable<number[]>(false);
  for (const p of people) {
    for (const words of [...p.variants, phraseKey(p.name).split(' ')]) {
      if (words.length < 2 && p.variants.length > 0) continue;
      for (const a of aliasesOf(g, words)) {
        const ids = out.get(a) ?? [];
        if (!ids.includes(p.id)) ids.push(p.id);
        out.set(a, ids);
      }
    }
  }
  return out;
}

/**
 * Whether a one-word alias that is also a common word («علي» written for «على», «حسن», «أمل»)
 * reads as that word before another word («علي الساحة», «علي فهم», «حسن النية»); it names the
 * person alone where punctuation, «و» or a speech verb follows («وأضاف حسن:», «حسن وقال»).
 */
function commonWordAlone(g: Gazetteer, key: string, before: Token | undefined, next: Token | undefined): boolean {
  if (!g.ambiguousGivenNames.has(key)) return false;
  // The subject of a speech verb is the person whatever follows («وقال منصور للصحافيين»).
  if (before?.kind === 'word' && speechKind(g, before) === 'verb') return false;
  return !!next && next.kind === 'word' && next.key !== 'و' && !speechKind(g, next);
}

/** Alias mentions in one unit, on tokens no candidate covers. */
export function findAliases(
  g: Gazetteer,
  unit: number,
  tokens: readonly Token[],
  taken: readonly PersonCandidate[],
  aliases: PhraseTable<number[]>,
): PersonCandidate[] {
  const covered = new Set<number>();
  for (const c of taken) for (let k = c.from; k < c.to; k++) covered.add(k);
  const out: PersonCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // «على» is a preposition even where «علي» is a name word (keys fold ى into ي).
    if (covered.has(i) || t.kind !== 'word' || g.isRejected(t.text) || isMaqsuraFunctionWord(g, t)) continue;
    const hit = aliases.match(tokens, i);
    if (!hit || [...Array(hit.to - i).keys()].some((n) => covered.has(i + n))) continue;
    if (hit.to === i + 1 && commonWordAlone(g, t.key.slice(hit.prefix), tokens[i - 1], tokens[hit.to])) continue;
    const start = t.start + rawOffsetAfterKeyChars(t.text, hit.prefix);
    const end = tokens[hit.to - 1]!.end;
    const key = tokens.slice(i, hit.to).map((x, n) => (n === 0 ? x.key.slice(hit.prefix) : x.key)).join(' ');
    out.push({ unit, from: i, to: hit.to, start, end, nameStart: start, form: 'alias', name: key, role: null });
    i = hit.to - 1;
  }
  return out;
}
