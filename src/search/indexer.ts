import type { Analyzer } from '../arabic/analyzer.js';
import { normalize } from '../arabic/normalize.js';
import { splitSentences } from '../arabic/sentences.js';
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

/** The first sentence of the first paragraph: where a news story states itself. */
export function leadSentence(article: IndexableArticle): string {
  const first = article.body.find((b) => b.type === 'paragraph' && b.text);
  return first?.text ? (splitSentences(first.text)[0]?.text ?? first.text) : '';
}

/**
 * The normalised surface words of a text, in the stemmer's input form (ة kept apart from ه):
 * exactly what the stem lexicon counts (arabic/lexicon.ts), so the word list can become it.
 */
export function surfaceWords(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'arabic') continue;
    for (const w of normalize(token.text, { foldTaaMarbuta: false }).split(' ')) if (w) out.push(w);
  }
  return out;
}

/**
 * The indexer the store calls on every write: headline, deck (with the lead photo's caption),
 * lead sentence and body terms from the one Arabic analyzer, plus the surface words.
 */
export function createIndexer(analyzer: () => Analyzer): Indexer {
  return (article) => {
    const a = analyzer();
    const deck = [article.deck ?? '', article.leadImage?.caption ?? ''].join('\n');
    const body = bodyText(article);
    const doc: IndexDocument = {
      headline: a.indexTerms(article.headline),
      deck: a.indexTerms(deck),
      lead: a.indexTerms(leadSentence(article)),
      body: a.indexTerms(body),
      words: surfaceWords(`${article.headline}\n${deck}\n${body}`),
    };
    return doc;
  };
}
