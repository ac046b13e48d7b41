/** Annotations storage: the repository's shapes, the fed annotator, the write hook and rebuilds. */
export type * from './types.js';
export { FedAnnotator, type Annotator } from './annotator.js';
export { annotationHook, type OnTouched } from './hook.js';
export { reannotate, type ReannotateOptions } from './rebuild.js';
export { designArticle, type DesignArticle } from './present.js';
