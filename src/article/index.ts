/** The article domain: schemas (the single source of truth), slugs, teasers, kickers. */
export * from './article.js';
export * from './blocks.js';
export * from './byline.js';
export * from './image.js';
export * from './related-card.js';
export * from './status.js';
export * from './kickers.js';
export * from './slug.js';
export * from './excerpt.js';
export * from './validate.js';
export * from './summary.js';
export * from './errors.js';
