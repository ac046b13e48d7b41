/**
 * Unlabelled news text for the tagger's word clusters: the ANT corpus's articles
 * (../shared/eval/ant/corpus.jsonl, Apache-2.0; Tunisian news, 2016–2017), which share no text
 * with NewsFANE. A name the build half never shows often stands in the ANT articles in the same
 * company as other names («قال X إن»), so clusters learnt over both place it among them. Only
 * the articles' text is read (no labels, no titles); nothing derived from it is saved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../paths.js';

/** The corpus file. */
export const ANT_FILE = join(SHARED, 'eval', 'ant', 'corpus.jsonl');

/** Words (letters, digits, joiners) or one punctuation mark: NewsFANE writes punctuation as tokens of its own. */
const TOKEN_RE = /[\p{L}\p{M}\p{N}\u200C\u200D]+|[^\s]/gu;

/** A text's tokens, split as NewsFANE splits punctuation off words. */
export function wordsOf(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Every article of the corpus as its paragraphs, in file order. */
export function unlabelledArticles(file = ANT_FILE): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    out.push(text.split(/\n+/).map((p) => p.trim()).filter(Boolean));
  }
  return out;
}

/** Every paragraph of the corpus as a list of tokens. */
export function unlabelledSentences(articles: readonly (readonly string[])[] = unlabelledArticles()): string[][] {
  return articles.flatMap((paras) => paras.map(wordsOf).filter((t) => t.length > 1));
}
