/**
 * `parseHtml`: one HTML article page → one article. The pipeline, in an order that matters:
 * 1. load: decode with the declared charset and frame; the boilerplate filter runs on a
 *    light parse and what it removes is cut out of the markup, so furniture can neither win
 *    readability's scoring nor ride along (nor cost a full DOM); linkedom parses the rest;
 * 2. metadata, while JSON-LD, meta tags, bylines and tag lists are still in the page (the
 *    furniture holding them was kept, marked, and goes right after);
 * 3. lead figure out, before readability can drop it;
 * 4. readability (skipped for pages too deep or too large for it, with a warning);
 * 5. DOM→blocks (within the site's marked body container when it holds most of the text),
 *    tidy against headline and deck, assemble, fit to the schema, validate.
 * It returns a ParsedSource or throws an ImportError naming the element; nothing else escapes.
 */
import { ArticleInputSchema } from '../../article/article.js';
import { toFieldIssues } from '../../article/validate.js';
import { ImportError, type ImportWarning, type ParsedSource } from '../types.js';
import { assembleArticle } from './assemble.js';
import { locate, type DomDocument, type DomElement } from './dom.js';
import { fitArticle } from './fit-article.js';
import { takeLeadFigure } from './lead-figure.js';
import { dropCutMarks, loadPage } from './load-document.js';
import { markedBodyRoots } from './marked-body.js';
import { extractMetadata } from './metadata.js';
import { isBodyContainer } from './boilerplate.js';
import { runReadability } from './readability-pass.js';
import { domToBlocks } from './to-blocks.js';
import { tidyBlocks } from './tidy-blocks.js';

/** Where the page came from: its address (for relative links), file name and HTTP Content-Type. */
export interface ParseHtmlOptions {
  url?: string;
  file?: string;
  contentType?: string | null;
}

/** Pages larger than this are refused: no news page comes near it, and parsing it would stall. */
export const MAX_HTML_BYTES = 20 * 1024 * 1024;
// Readability recurses over the tree and re-reads text per node; beyond these it is too
// slow or overflows, and the page body is converted directly instead.
const MAX_READABILITY_DEPTH = 400;
const MAX_READABILITY_ELEMENTS = 25_000;

/** The content root when readability is not used: the marked article body, else `<article>`, `<main>`, `<body>`. */
function fallbackRoot(doc: DomDocument): DomElement | null {
  for (const el of doc.querySelectorAll('[itemprop], [class], [id]')) if (isBodyContainer(el)) return el;
  return doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
}

/** Parses an HTML article page. Throws only ImportError. */
export function parseHtml(input: Uint8Array | string, options: ParseHtmlOptions = {}): ParsedSource {
  const file = options.file;
  try {
    return parsePage(input, options);
  } catch (e) {
    // Errors raised below the pipeline (markup checks) do not know the file; add it.
    if (e instanceof ImportError) throw e.where.file || !file ? e : new ImportError(e.message, { ...e.where, file });
    // A defect of ours must still reach the user as a structured error naming the file.
    throw new ImportError(`internal error while parsing HTML: ${e instanceof Error ? e.message : String(e)}`, { file });
  }
}

function parsePage(input: Uint8Array | string, options: ParseHtmlOptions): ParsedSource {
  const file = options.file;
  const warnings: ImportWarning[] = [];
  const warn = (message: string, element?: string) => warnings.push(element ? { element, message } : { message });
  const size = typeof input === 'string' ? input.length * 2 : input.byteLength;
  if (size > MAX_HTML_BYTES) throw new ImportError(`page is larger than ${MAX_HTML_BYTES / 1024 / 1024} MB`, { file });

  // Furniture is cut out before the full parse; what metadata reads of it stays, marked, until read.
  const loaded = loadPage(input, options.contentType);
  for (const note of loaded.decoded.notes) warn(note);
  const { document: doc, report: shape } = loaded;
  const body = doc.body;
  if (!body || !loaded.hasText) throw new ImportError('page has no text', { file, element: 'body' });

  const { meta, warnings: metaWarnings } = extractMetadata(doc, options.url ?? null);
  for (const w of metaWarnings) warn(w);
  dropCutMarks(doc);
  const base = options.url ?? meta.canonicalUrl;

  const lead = takeLeadFigure(body, base);

  let root: DomElement | null = null;
  if (shape.maxDepth > MAX_READABILITY_DEPTH || shape.elements > MAX_READABILITY_ELEMENTS) {
    const what = shape.maxDepth > MAX_READABILITY_DEPTH ? `nested ${shape.maxDepth} elements deep` : `${shape.elements} elements`;
    warn(`page is ${what}; converted without readability`, shape.deepest ? locate(shape.deepest) : 'body');
    root = body;
  } else {
    const r = runReadability(doc);
    if ('failed' in r) {
      warn(`${r.failed}; converted the page body instead`, 'body');
      // Readability may have left the document half rewritten: start again from the source.
      const fresh = loadPage(input, options.contentType).document;
      dropCutMarks(fresh);
      takeLeadFigure(fresh.body ?? fresh.documentElement!, base);
      root = fallbackRoot(fresh);
    } else root = r.root;
  }

  const converted = root ? markedBodyRoots(root).flatMap((r) => domToBlocks(r, { baseUrl: base })) : [];
  let tidy = tidyBlocks(converted, meta.headline, meta.deck);
  if (!tidy.blocks.some((b) => b.type === 'paragraph') && meta.ldBody.length) {
    // Pages that render their text with scripts still give it to search engines in JSON-LD.
    warn('no body text in the page markup; body taken from JSON-LD articleBody', 'script');
    tidy = tidyBlocks(meta.ldBody.map((text) => ({ type: 'paragraph', text })), meta.headline, meta.deck);
  }
  const drafts: string[] = [];
  const draft = assembleArticle({ meta, lead, blocks: tidy.blocks, bodyAuthors: tidy.authors, bodySource: tidy.source }, drafts);
  for (const d of drafts) warn(d);
  if (!draft.headline) throw new ImportError('no article found: the page has neither a headline nor body text', { file, element: 'body' });
  if (!draft.body.length) warn('no body text found; only the headline was imported', 'body');

  const fitted = fitArticle(draft);
  for (const w of fitted.warnings) warn(w);
  const checked = ArticleInputSchema.safeParse(fitted.article);
  if (!checked.success) {
    const issue = toFieldIssues(checked.error)[0];
    throw new ImportError(`imported article is invalid: ${issue?.path}: ${issue?.message}`, { file });
  }
  return { format: 'html', articles: [fitted.article], warnings };
}
