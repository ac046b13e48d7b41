import type { Analyzer } from '../arabic/analyzer.js';
import { normalize } from '../arabic/normalize.js';
import { tokenize } from '../arabic/tokenize.js';
import type { IndexableArticle, IndexDocument, Indexer } from '../store/index.js';

/** Body block texts that are searched: paragraphs, subheadings, quotes, and photo/video captions. */
function bodyText(article: IndexableArticle): string {
  const parts: string[] = [];
  for (const b of article.body) {
    if (b.text) parts.push(b.text);
    else if (b.caption) parts.push(b.caption);
  }
  return parts.join('\n');
}

/** The normalised surface words of a text (ة kept apart from ه), as the word list and stem lexicon count them. */
export function surfaceWords(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'arabic') continue;
    for (const w of normalize(token.text, { foldTaaMarbuta: false }).split(' ')) if (w.length > 1) out.push(w);
  }
  return out;
}

/**
 * The indexer the store calls on every write: headline, deck (with the lead photo's caption)
 * and body terms from the one Arabic analyzer, plus the surface words.
 */
export function createIndexer(analyzer: Analyzer): Indexer {
  return (article) => {
    const deck = [article.deck ?? '', article.leadImage?.caption ?? ''].join('\n');
    const body = bodyText(article);
    const doc: IndexDocument = {
      headline: analyzer.indexTerms(article.headline),
      deck: analyzer.indexTerms(deck),
      body: analyzer.indexTerms(body),
      words: surfaceWords(`${article.headline}\n${deck}\n${body}`),
    };
    return doc;
  };
}
