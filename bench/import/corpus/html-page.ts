/**
 * Whole generated HTML pages: a shape's article inside furniture that brings the page to a
 * target size, encoded in the shape's charset (windows-1256 and ISO-8859-6 pages exist in
 * Arabic archives; characters a legacy charset lacks are replaced, as old CMSes did).
 */
import iconv from 'iconv-lite';
import { articlePart, SHAPES, type Shape } from './html-article.js';
import { furniture } from './html-furniture.js';
import type { Rng } from './rng.js';
import type { SourceText } from './texts.js';

/** A generated page: its bytes, shape and charset. */
export interface HtmlPage {
  bytes: Uint8Array;
  shape: Shape;
  charset: string;
}

// How often each shape appears: most pages today are UTF-8 dailies, magazines and portals.
const WEIGHTS: ReadonlyArray<[Shape, number]> = [['daily', 30], ['wordpress', 20], ['portal', 20], ['liveblog', 10], ['archive-1256', 12], ['wire-8859-6', 8]];
const TOTAL = WEIGHTS.reduce((n, [, w]) => n + w, 0);

function pickShape(r: Rng): Shape {
  let x = r.int(1, TOTAL);
  for (const [shape, w] of WEIGHTS) if ((x -= w) <= 0) return shape;
  return SHAPES[0];
}

/** One page of about `bytes` bytes around `text`, with furniture made from `others`. */
export function makeHtmlPage(r: Rng, text: SourceText, others: readonly SourceText[], bytes: number, seed: number): HtmlPage {
  const shape = pickShape(r);
  const part = articlePart(shape, r, text);
  const f = furniture(r, others, Math.max(0, bytes - Buffer.byteLength(part.article) - 2000), seed);
  const html = `<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n${part.charset === 'utf-8' ? '<meta charset="utf-8">\n' : ''}${part.head}\n</head>\n<body class="page">\n${f.top}\n${part.article}\n${f.bottom}\n</body>\n</html>\n`;
  if (part.charset === 'utf-8') return { bytes: new TextEncoder().encode(html), shape, charset: part.charset };
  // ISO-8859-6 has no guillemets: plain quotes, as such pages write.
  const text8 = part.charset === 'iso-8859-6' ? html.replace(/[«»]/g, '"') : html;
  return { bytes: new Uint8Array(iconv.encode(text8, part.charset)), shape, charset: part.charset };
}
