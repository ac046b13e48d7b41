/** The entry point: an article in, its people, places, organisations and quotations out. */
import { analyze } from './analyze.js';
import { defaultGazetteer } from './gazetteer/facts.js';
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { present } from './present.js';
import type { Annotations } from './types.js';
import type { ArticleText } from './units.js';

export { ENRICH_VERSION } from './version.js';

/** Options of annotate(). */
export interface AnnotateOptions {
  /** The gazetteer to read; the facts-only one when absent. */
  readonly gazetteer?: Gazetteer;
}

/** Annotates one article: pure, no I/O; pass a gazetteer extended with the store's entities. */
export function annotate(article: ArticleText, options: AnnotateOptions = {}): Annotations {
  return present(analyze(article, options.gazetteer ?? defaultGazetteer()));
}
