/** Enrichment: people with roles, places, organisations and quotations with speakers. */
export { annotate, ENRICH_VERSION, type AnnotateOptions } from './annotate.js';
export { analyze, type Analysis } from './analyze.js';
export { createGazetteer, defaultGazetteer } from './gazetteer/facts.js';
export { Gazetteer, type EntityFact, type EntityKind } from './gazetteer/gazetteer.js';
export { teach, type Correction } from './gazetteer/teach.js';
export { createAnnotator, type LearningAnnotator } from './annotator.js';
export { entityKey, toRecords, type AnnotationRecords, type EntityRecord, type QuoteRecord } from './records.js';
export { entitySpans, type EntitySpan } from './spans.js';
export * from './types.js';
/** The article shape annotate() reads, and the body blocks it understands. */
export type { ArticleText, TextBlock } from './units.js';
