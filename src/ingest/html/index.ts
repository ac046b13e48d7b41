/** HTML article pages → articles: `parseHtml`, and the block converter feeds reuse. */
export { parseHtml, MAX_HTML_BYTES, type ParseHtmlOptions } from './parse-html.js';
export { domToBlocks, type ConvertOptions } from './to-blocks.js';
export { pruneBoilerplate, isFurnitureLine } from './boilerplate.js';
export { splitCredit, type CaptionCredit } from './credit.js';
