import type { Analyzer } from '../arabic/analyzer.js';

/** What the engine needs from the composition root. */
export interface RelatedDeps {
  /** The analyzer the search index uses now (queries must meet the index's terms; it changes when the stem lexicon is refreshed). */
  readonly analyzer: () => Analyzer;
  /** The clock stamped on stored lists and the change log. */
  readonly now?: () => Date;
}
