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
  else {
    const variant = spellingVariant(g, bare === k ? k : bare);
    if (variant) out.push('VARIANT:' + variant);
  }
  return out.length ? out : ['-'];
}

/**
 * The kind of a known name spelt another way: transliterations vary in the letter for g
 * («هونج كونج», «هونغ كونغ») and in long vowels («هيوستون», «هيوستن»). One change at a time.
 */
function spellingVariant(g: Gazetteer, k: string): string | undefined {
  if (k.length < 4) return undefined;
  const tries: string[] = [];
  if (k.includes('ج')) tries.push(k.replaceAll('ج', 'غ'));
  if (k.includes('غ')) tries.push(k.replaceAll('غ', 'ج'));
  for (let i = 1; i < k.length - 1; i++) if ('اوي'.includes(k[i]!)) tries.push(k.slice(0, i) + k.slice(i + 1));
  for (const t of tries) {
    const hit = g.entities.getKey(t) ?? g.entities.getKey('ال' + t);
    if (hit) return hit.kind;
  }
  return undefined;
}

/** The shape of a word: digits, Latin, punctuation or Arabic. */
function shape(word: string): string {
  if (/^[0-9٠-٩]+$/.test(word)) return 'num';
  if (/^[A-Za-z]+$/.test(word)) return 'latin';
  if (!/[\u0621-\u064A]/.test(word)) return 'punct';
  return 'ar';
}

/** Proclitics a corpus token may carry before its stem: «و», «ف», «ب», «ل», «ك», then «ال». */
const PROCLITIC_RE = /^(?:[وف]?(?:[بلك](?=ال)|[بلك])?)?(?:ال)?/;

/** The token's stem: its key without proclitics, when at least three letters stay. */
export function stem(k: string): string {
  const m = PROCLITIC_RE.exec(k)?.[0] ?? '';
  return k.length - m.length >= 3 ? k.slice(m.length) : k;
}

/** Longest known phrases (two to five words) over the sentence, as a BIO tag per token. */
function phraseTags(g: Gazetteer, keys: readonly string[]): string[] {
  const out = keys.map(() => 'O');
  for (let i = 0; i < keys.length; i++) {
    for (let n = Math.min(5, keys.length - i); n >= 2; n--) {
      const hit = g.entities.getKey(keys.slice(i, i + n).join(' '));
      if (!hit) continue;
      for (let k = i; k < i + n; k++) out[k] = (k === i ? 'B-' : 'I-') + hit.kind;
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * What the rules found for each stem anywhere in a document: a name tagged once in full
 * («محرم الراغب») is the same name when it comes back alone («الراغب») where the rules missed it.
 */
export function documentKinds(doc: readonly (readonly string[])[], rules: readonly (readonly string[])[]): Map<string, string> {
  const out = new Map<string, string>();
  doc.forEach((words, s) =>
    words.forEach((w, i) => {
      const tag = rules[s]![i]!;
      if (tag === 'O') return;
      const st = stem(keyOf(w));
      const kinds = new Set((out.get(st) ?? '').split('+').filter(Boolean)).add(tag.slice(2));
      out.set(st, [...kinds].sort().join('+'));
    }),
  );
  return out;
}

/** Features of every token of a sentence that do not depend on the tags being decided. */
export function staticFeatures(g: Gazetteer, words: readonly string[], rule: readonly string[], docKinds: ReadonlyMap<string, string> = new Map(), clusters: ReadonlyMap<string, number> = new Map()): string[][] {
  const keys = words.map(keyOf);
  const stems = keys.map(stem);
  const fl = words.map((w) => flags(g, w));
  const stemFl = stems.map((st, i) => (st === keys[i] ? [] : flags(g, st)));
  const phrase = phraseTags(g, keys);
  return words.map((w, i) => {
    const k = keys[i]!;
    const f = [
      'st=' + stems[i],
      'st-1=' + (stems[i - 1] ?? '^'),
      'st+1=' + (stems[i + 1] ?? '$'),
      'w-1|w=' + (keys[i - 1] ?? '^') + '|' + k,
      'w|w+1=' + k + '|' + (keys[i + 1] ?? '$'),
      'p4=' + k.slice(0, 4),
      's4=' + k.slice(-4),
      'r-2=' + (rule[i - 2] ?? '^'),
      'r+2=' + (rule[i + 2] ?? '$'),
      'r|r+1=' + rule[i] + '|' + (rule[i + 1] ?? '$'),
      'ph=' + phrase[i],
      'ph|r=' + phrase[i] + '|' + rule[i],
      'ph-1=' + (phrase[i - 1] ?? '^'),
      'ph+1=' + (phrase[i + 1] ?? '$'),
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
    const cl = (j: number) => (j < 0 ? '^' : j >= words.length ? '$' : String(clusters.get(stems[j]!) ?? '-'));
    f.push('cl=' + cl(i), 'cl-1=' + cl(i - 1), 'cl+1=' + cl(i + 1), 'cl|r=' + cl(i) + '|' + rule[i], 'cl-1|cl=' + cl(i - 1) + '|' + cl(i));
    const dk = docKinds.get(stems[i]!) ?? '-';
    f.push('doc=' + dk, 'doc|r=' + dk + '|' + rule[i], 'doc-1=' + (docKinds.get(stems[i - 1] ?? '') ?? '-'), 'doc+1=' + (docKinds.get(stems[i + 1] ?? '') ?? '-'));
    // Letter trigrams of the stem: a name never seen in training still spells like a name
    // (transliterations: «…يتش», «…سكي», «تش…»), a common word like its root pattern.
    const st = '^' + stems[i] + '$';
    for (let a = 0; a + 3 <= st.length; a++) f.push('c3=' + st.slice(a, a + 3));
    for (const x of fl[i]!) f.push('g=' + x, 'g|r=' + x + '|' + rule[i]);
    for (const x of stemFl[i]!) f.push('gs=' + x);
    for (const x of fl[i - 1] ?? ['^']) f.push('g-1=' + x);
    for (const x of fl[i + 1] ?? ['$']) f.push('g+1=' + x);
    return f;
  });
}

/** The features of a position that depend on the tag before it (first-order, for Viterbi). */
export function edgeFeatures(prev: string, word: string): string[] {
  return ['t-1=' + prev, 't-1|w=' + prev + '|' + keyOf(word)];
}
