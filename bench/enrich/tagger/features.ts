/**
 * Features of one corpus token for the bench's tagger: the word and its neighbours, affixes,
 * what the gazetteer says of each, and what Midad's rules found there (their BIO tag). The
 * rules carry the knowledge; the tagger learns where the corpus's conventions differ from them.
 */
import type { Gazetteer } from '../../../src/enrich/index.js';
import { keyOf } from '../../../src/enrich/text/key.js';

/** What the gazetteer says of one word, as short flags. */
function flags(g: Gazetteer, word: string | undefined): string[] {
  if (word === undefined) return ['END'];
  const k = keyOf(word);
  const bare = k.startsWith('ال') && k.length > 3 ? k.slice(2) : k;
  const out: string[] = [];
  if (g.givenNames.has(k)) out.push('GN');
  if (g.arabicGivenNames.has(k)) out.push('AGN');
  if (g.ambiguousGivenNames.has(k)) out.push('AMB');
  if (g.familyFirstNames.has(k)) out.push('FAM');
  if (g.nonNameWords.has(k)) out.push('NON');
  if (g.speechWords.has(k)) out.push('SPEECH');
  if (g.titles.has(k)) out.push('TITLE');
  if (g.honorifics.has(k)) out.push('HON');
  if (g.nationalities.has(k)) out.push('NAT');
  if (g.orgHeads.has(bare)) out.push(k === bare ? 'ORGHEAD' : 'ALORGHEAD');
  if (g.placeHeadsAdmin.has(k) || g.placeHeadsNameOnly.has(k) || g.placeHeadsOpen.has(k)) out.push('PLACEHEAD');
  if (g.clubHeads.has(k) || g.teamWords.has(k)) out.push('CLUB');
  if (g.cityNisbas.has(k)) out.push('NISBA');
  const known = g.entities.getKey(k);
  if (known) out.push('KNOWN:' + known.kind);
  return out.length ? out : ['-'];
}

/** The shape of a word: digits, Latin, punctuation or Arabic. */
function shape(word: string): string {
  if (/^[0-9٠-٩]+$/.test(word)) return 'num';
  if (/^[A-Za-z]+$/.test(word)) return 'latin';
  if (!/[\u0621-\u064A]/.test(word)) return 'punct';
  return 'ar';
}

/** Features of every token of a sentence that do not depend on the tags being decided. */
export function staticFeatures(g: Gazetteer, words: readonly string[], rule: readonly string[]): string[][] {
  const keys = words.map(keyOf);
  const fl = words.map((w) => flags(g, w));
  return words.map((w, i) => {
    const k = keys[i]!;
    const f = [
      'b',
      'w=' + k,
      'w-1=' + (keys[i - 1] ?? '^'),
      'w+1=' + (keys[i + 1] ?? '$'),
      'w-2=' + (keys[i - 2] ?? '^'),
      'w+2=' + (keys[i + 2] ?? '$'),
      'p2=' + k.slice(0, 2),
      'p3=' + k.slice(0, 3),
      's2=' + k.slice(-2),
      's3=' + k.slice(-3),
      'al=' + (k.startsWith('ال') && k.length > 3),
      'len=' + Math.min(k.length, 8),
      'shape=' + shape(w),
      'r=' + rule[i],
      'r-1=' + (rule[i - 1] ?? '^'),
      'r+1=' + (rule[i + 1] ?? '$'),
      'r|w=' + rule[i] + '|' + k,
      'r-1|r=' + (rule[i - 1] ?? '^') + '|' + rule[i],
    ];
    for (const x of fl[i]!) f.push('g=' + x, 'g|r=' + x + '|' + rule[i]);
    for (const x of fl[i - 1] ?? ['^']) f.push('g-1=' + x);
    for (const x of fl[i + 1] ?? ['$']) f.push('g+1=' + x);
    return f;
  });
}

/** The features that depend on the tags already decided to the left. */
export function dynamicFeatures(prev: string, prev2: string, word: string): string[] {
  return ['t-1=' + prev, 't-2|t-1=' + prev2 + '|' + prev, 't-1|w=' + prev + '|' + keyOf(word)];
}
