/** The page-dump importer (see parse.ts for the chain). */
export { parsePageText } from './parse.js';
/** Its options, its result and the card links it reports. */
export type { PageTextOptions, PageTextResult, RelatedLink } from './types.js';
