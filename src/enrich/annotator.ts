/**
 * An annotator for a long-running process: one gazetteer, grown by lessons from the store's
 * entity table and editors' corrections, and articles annotated into store records.
 *
 * What it learns, and why:
 *  - places and organisations of the table: names are facts, and the table only holds names
 *    an article (or an editor) gave;
 *  - people whose name has at least two words: a single word found as a person («عباس») is
 *    often a surname or a common word, and taught globally it would be found everywhere;
 *  - nothing already known: the written facts carry roles and countries a table row lacks;
 *  - every editor's correction (rename, merge, reject, speaker), as teach() applies it.
 */
import { annotate, ENRICH_VERSION } from './annotate.js';
import { createGazetteer } from './gazetteer/facts.js';
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { teach, type Correction } from './gazetteer/teach.js';
import { toRecords, type AnnotationRecords } from './records.js';
import type { ArticleText } from './units.js';

/** An annotator that learns. */
export interface LearningAnnotator {
  readonly version: number;
  readonly gazetteer: Gazetteer;
  learn(lessons: readonly Correction[]): void;
  annotate(article: ArticleText): AnnotationRecords;
}

/** Whether a lesson adds knowledge worth having (see the list above). */
function worthLearning(g: Gazetteer, c: Correction): boolean {
  if (c.type !== 'confirm') return true;
  if (g.entity(c.name)?.kind === c.kind) return false;
  return c.kind !== 'person' || c.name.trim().split(/\s+/).length >= 2;
}

/** An annotator over a gazetteer (a fresh facts-only one by default). */
export function createAnnotator(gazetteer: Gazetteer = createGazetteer()): LearningAnnotator {
  return {
    version: ENRICH_VERSION,
    gazetteer,
    learn(lessons) {
      teach(gazetteer, lessons.filter((c) => worthLearning(gazetteer, c)));
    },
    annotate(article) {
      return toRecords(annotate(article, { gazetteer }), ENRICH_VERSION);
    },
  };
}
