/**
 * Word classes read off the gazetteer for one token: function word, speech verb, given name…
 *
 * Only the conjunctions و and ف are peeled here («وقال», «ومن»): peeling prepositions too
 * would read «بوتين» as «وتين», and a given name wins over any peeled reading, so «فيصل» is
 * never «يصل».
 */
import type { Gazetteer, SpeechKind } from '../gazetteer/gazetteer.js';
import { keyKeepingMaqsura } from './key.js';
import type { Token } from './tokenize.js';

const CONJUNCTIONS = new Set(['و', 'ف']);

/** The token's key and, if it starts with a conjunction, the key without it. */
export function conjReadings(token: Token): string[] {
  const k = token.key;
  return CONJUNCTIONS.has(k[0] ?? '') && k.length > 2 ? [k, k.slice(1)] : [k];
}

/** Whether the token is a function word spelt with a final ى («على», «وإلى»). */
export function isMaqsuraFunctionWord(g: Gazetteer, token: Token): boolean {
  if (!token.text.includes('ى')) return false;
  const k = keyKeepingMaqsura(token.text);
  return g.maqsuraFunctionWords.has(k) || (CONJUNCTIONS.has(k[0] ?? '') && g.maqsuraFunctionWords.has(k.slice(1)));
}

/** Whether the token (or its conjunction-less reading) is a given name. */
export function isGivenName(g: Gazetteer, token: Token): boolean {
  if (isMaqsuraFunctionWord(g, token)) return false;
  return conjReadings(token).some((k) => g.givenNames.has(k) || g.familyFirstNames.has(k));
}

/** Whether the token is a word that never belongs to a name. */
export function isNonName(g: Gazetteer, token: Token): boolean {
  if (token.kind !== 'word' || isMaqsuraFunctionWord(g, token)) return true;
  if (g.givenNames.has(token.key)) return false;
  return conjReadings(token).some((k) => g.nonNameWords.has(k));
}

/**
 * How the token introduces speech, if it is a listed speech verb or participle. Besides the
 * conjunctions, «ل» before a present verb is peeled too: «ليؤكد», «لتقول».
 */
export function speechKind(g: Gazetteer, token: Token): SpeechKind | undefined {
  if (token.kind !== 'word' || g.givenNames.has(token.key)) return undefined;
  for (const k of conjReadings(token)) {
    const kind = g.speechWords.get(k) ?? (/^ل[يت]/.test(k) ? g.speechWords.get(k.slice(1)) : undefined);
    if (kind) return kind;
  }
  return undefined;
}

/** A word opening with a hamza'd alef is not the article: «إلينا», «إلهام», «أليكسي». */
const HAMZA_ALEF_LAM_RE = /^[وف]?[بكل]?[\u0622\u0623\u0625][\u064B-\u0652]*ل/;

/** Whether the token carries the definite article (after any conjunction or preposition). */
export function isDefinite(token: Token): boolean {
  const k = token.key;
  return /^(?:[وف]?(?:[بك]?ال|لل))/.test(k) && k.length > 3 && !HAMZA_ALEF_LAM_RE.test(token.text);
}
