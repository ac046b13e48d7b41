import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pruneBoilerplate, type PruneReport } from '../../../src/ingest/html/boilerplate.js';
import { locate } from '../../../src/ingest/html/dom.js';
import { dropCutMarks, loadDocument, loadPage } from '../../../src/ingest/html/load-document.js';
import { extractMetadata } from '../../../src/ingest/html/metadata.js';
import { ImportError } from '../../../src/ingest/types.js';
import { hostileHtml } from './hostile.js';
import { allCases } from './quality.js';

/** What the rest of the pipeline gets from a load: metadata, the pruned body and the filter's report. */
interface Outcome {
  meta: unknown;
  body: string;
  report: Omit<PruneReport, 'deepest'> & { deepest: string | null };
}

const summary = (r: PruneReport): Outcome['report'] => ({ ...r, deepest: r.deepest ? locate(r.deepest) : null });
const innerHtml = (el: unknown) => (el as { innerHTML: string }).innerHTML;

/** The reference: the whole page parsed, metadata read, then the filter run on the full DOM. */
function wholePage(input: Uint8Array | string): Outcome {
  const doc = loadDocument(input).document;
  const meta = extractMetadata(doc, null);
  const report = pruneBoilerplate(doc.body!);
  return { meta, body: innerHtml(doc.body), report: summary(report) };
}

/** The import path: furniture cut before the full parse, metadata read, marks dropped. */
function cutPage(input: Uint8Array | string): Outcome {
  const loaded = loadPage(input);
  const meta = extractMetadata(loaded.document, null);
  dropCutMarks(loaded.document);
  return { meta, body: innerHtml(loaded.document.body), report: summary(loaded.report) };
}

/** Both outcomes, or both refusals. */
function expectSameOutcome(input: Uint8Array | string, label?: string): void {
  let expected: Outcome | ImportError;
  try {
    expected = wholePage(input);
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    expected = e;
  }
  if (expected instanceof ImportError) expect(() => cutPage(input), label).toThrow(expected.message);
  else expect(cutPage(input), label).toEqual(expected);
}

const PROSE = 'وقالت البلدية في بيان إن الأعمال ستبدأ الشهر المقبل وتستمر ستة أشهر، على أن تفتح الحديقة للزوار قبل نهاية الصيف.';

describe('the prefilter leaves the page the boilerplate filter would, and metadata unchanged', () => {
  it('on our fixtures (every charset) and the LBC page', () => {
    for (const c of allCases()) expectSameOutcome(c.bytes, c.name);
  });

  it.each([
    ['a deck whose removed ad is part of its text', `<p class="lead">مقدمة الخبر كما كتبها المحرر <span class="ad">إعلان</span> وتكملتها</p><p>${PROSE}</p>`],
    ['the first dated time inside a removed aside', `<aside><time datetime="2025-03-01T10:00:00Z">أمس</time></aside><article><p>${PROSE}</p></article>`],
    ['an h1 in a header removed from inside <main>', `<main><header><div><h1>عنوان الخبر في الترويسة</h1></div></header><p>${PROSE}</p></main>`],
    ['JSON-LD, microdata and a byline in removed furniture', `<div class="sidebar"><script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان"}</script><meta itemprop="datePublished" content="2025-01-02"><span class="author">كتب: سلمى</span></div><p>${PROSE}</p>`],
    ['tag links in a removed tag list', `<p>${PROSE}</p><div class="post-tags"><a rel="tag" href="/t/1">مياه</a><a rel="tag" href="/t/2">طاقة</a></div>`],
    ['an h1 nested in a removed paragraph', `<p class="ad"><span><h1>عنوان داخل إعلان</h1></span></p><p>${PROSE}</p>`],
    ['a stray "<" or "&" right before removed furniture', `<p>أ <<span class="ad">x</span>b و AT&<span class="ad">x</span>amp;T</p><p>${PROSE}</p>`],
    ['furniture ended by the next tag, not its own', `<div><p class="share">شارك<div>${PROSE}</div></div>`],
    ['furniture holding only a stray close tag', `<div class="related"></p></br></div><p>${PROSE}</p>`],
  ])('%s', (_, markup) => expectSameOutcome(new TextEncoder().encode(`<html><head><title>عنوان الصفحة</title></head><body>${markup}</body></html>`)));

  it('on random hostile markup, as bytes and as text', () => {
    fc.assert(
      fc.property(hostileHtml, (markup) => {
        expectSameOutcome(markup);
        expectSameOutcome(new TextEncoder().encode(markup));
      }),
      { numRuns: 150 },
    );
  });
});
