import type { z } from 'zod';
import type { SearchHit } from '../../search/service.js';
import { presentArticleSummary } from '../articles/present.js';
import type { SearchHitSchema } from './schema.js';

/** One result as the API shows it: the article list's summary, the score and the highlighted texts. */
export function presentSearchHit(siteUrl: string, hit: SearchHit): z.output<typeof SearchHitSchema> {
  return {
    article: presentArticleSummary(siteUrl, hit.article),
    score: hit.score,
    headline: hit.headline.map((s) => ({ text: s.text, hit: s.hit })),
    snippet: hit.snippet.map((s) => ({ text: s.text, hit: s.hit })),
  };
}
