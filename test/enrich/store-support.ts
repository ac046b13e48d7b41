/** Stores with the annotation hook in their write path, as the composition root wires them. */
import { createAnnotator } from '../../src/enrich/index.js';
import { annotationHook, FedAnnotator } from '../../src/store/annotations/index.js';
import type { StoreOptions } from '../../src/store/kysely-store.js';
import type { TestStore } from '../support/stores.js';

/** A test store whose article writes annotate, and the annotator feeding from it. */
export async function openAnnotated(
  open: (opts?: StoreOptions) => Promise<TestStore>,
  options: StoreOptions = {},
): Promise<TestStore & { annotator: FedAnnotator }> {
  const annotator = new FedAnnotator(createAnnotator());
  const t = await open({ ...options, hooks: [annotationHook(annotator), ...(options.hooks ?? [])] });
  return { ...t, annotator };
}
