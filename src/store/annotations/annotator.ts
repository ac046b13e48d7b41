/**
 * The store's side of annotation: an annotator (src/enrich's createAnnotator() fits this shape;
 * the store never imports enrich) kept up to date with the store's entity table and the
 * editors' corrections, which it reads as lessons since the last time before each article.
 */
import type { Article } from '../../article/index.js';
import type { Store } from '../store.js';
import type { AnnotationRecords, Lesson, LessonCursor } from './types.js';

/** What annotates articles for the store. */
export interface Annotator {
  /** The rules version: stored annotations of another version are due for recomputing. */
  readonly version: number;
  /** Takes lessons from the entity table and corrections (it may ignore some). */
  learn(lessons: readonly Lesson[]): void;
  /** Everything found in one article. */
  annotate(article: Article): AnnotationRecords;
  /** Loads what learning and annotating need, if it is loaded on demand; awaited before either. */
  ready?(): Promise<void>;
}

/**
 * An annotator fed from a store. Lessons are read inside the caller's transaction: a lesson from
 * a write that is then rolled back may stay learnt, which costs nothing worse than one more
 * known name.
 */
export class FedAnnotator<A extends Annotator = Annotator> {
  private cursor: LessonCursor = { entity: 0, correction: 0 };

  constructor(readonly annotator: A) {}

  /** The rules version. */
  get version(): number {
    return this.annotator.version;
  }

  /** Learns what the store added since the last call. */
  async catchUp(store: Store): Promise<void> {
    await this.annotator.ready?.();
    const { lessons, cursor } = await store.annotations.lessons(this.cursor);
    if (lessons.length) this.annotator.learn(lessons);
    this.cursor = {
      entity: Math.max(this.cursor.entity, cursor.entity),
      correction: Math.max(this.cursor.correction, cursor.correction),
    };
  }

  /** Catches up, then annotates. */
  async annotate(store: Store, article: Article): Promise<AnnotationRecords> {
    await this.catchUp(store);
    return this.annotator.annotate(article);
  }
}
