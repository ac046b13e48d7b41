import type { Store } from '../store/index.js';
import type { RelatedSettings } from './settings.js';
import { nominatingQuery } from './signature.js';
import type { Frequencies, Profile } from './weigh.js';

/**
 * Candidate neighbours from the signature index: articles sharing the article's heaviest
 * not-too-common features, best truncated cosine first. The engine rescores them all.
 */
export async function candidateIds(store: Store, self: Profile, f: Frequencies, s: RelatedSettings): Promise<number[]> {
  const query = nominatingQuery(self, s, (id) => f.df(id), f.n);
  const hits = await store.related.postings.candidates(query, self.id, s.candidates);
  return hits.map((h) => h.id);
}
