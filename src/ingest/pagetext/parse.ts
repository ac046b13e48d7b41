import { ImportError } from '../types.js';
import { assemblePages } from './assemble.js';
import { readBody } from './body.js';
import { buildCards } from './cards.js';
import { agencyKey, splitCredit } from './credit.js';
import { gatherEvidence } from './evidence.js';
import { joinCards } from './join.js';
import { fitToSchema } from './limits.js';
import { readLines } from './lines.js';
import { findModule } from './module-heading.js';
import { readModule } from './module.js';
import { findPages } from './pages.js';
import type { PageRead, PageTextOptions, PageTextResult } from './types.js';
import { Warnings } from './warnings.js';

/**
 * Parses a page dump (article pages copied from a browser, see shared/seed/ANATOMY.md) into
 * articles in page order. Throws only ImportError, with the file and a 1-based line; anything
 * it can work around becomes a warning with its line.
 *
 * The chain, in order:
 * 1. lines.ts: numbered, trimmed lines.
 * 2. pages.ts + header.ts: every page header (headline, kicker, deck, lead photo, TT, repeat),
 *    all before any body, because a body ends where the next header starts.
 * 3. module-heading.ts, body.ts, module.ts: each page's region split into body blocks and the
 *    related module's cards.
 * 4. evidence.ts + cards.ts: card labels told from captions, kickers split; after every page is
 *    read, because a card's own page usually comes later in the dump.
 * 5. assemble.ts: the articles.
 * 6. join.ts: cards linked to their pages, section/byline/dateline joined in.
 * 7. limits.ts: every field fitted to the article schema; last, after the join copied bylines.
 */
export function parsePageText(text: string, options: PageTextOptions = {}): PageTextResult {
  const file = options.file;
  // The line being worked on, so even a parser bug is reported where it happened.
  const cursor = { line: 1 };
  try {
    if (typeof text !== 'string') throw new ImportError('a page dump must be text', { file, line: 1 });
    return parse(text, options, cursor);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new ImportError(`page dump could not be read: ${reason}`, { file, line: cursor.line });
  }
}

function parse(text: string, options: PageTextOptions, cursor: { line: number }): PageTextResult {
  const warn = new Warnings();
  const lines = readLines(text);
  const headers = findPages(lines, warn);
  if (headers.length === 0) {
    throw new ImportError('no article found: only blank lines and page controls', { file: options.file, line: 1 });
  }

  // Credits on lead photos are certain (the caption pair sits in the header): they vouch for
  // the same credit on in-body photos and card pictures.
  const knownCredits = new Set<string>();
  for (const h of headers) {
    for (const l of [h.alt, h.caption]) {
      const credit = l ? splitCredit(l.text)?.credit : undefined;
      if (credit) knownCredits.add(agencyKey(credit));
    }
  }

  const reads: PageRead[] = headers.map((header, i) => {
    cursor.line = header.headline.no;
    const end = headers[i + 1]?.start ?? lines.length;
    const m = findModule(lines, header.bodyStart, end);
    const body = readBody(lines, header.bodyStart, m < 0 ? end : m, knownCredits, warn);
    const module = m < 0 ? null : readModule(lines, m + 1, end, knownCredits, warn);
    return { header, body, module };
  });

  const evidence = gatherEvidence(reads, options);
  const drafts = reads.flatMap((r) => r.module?.cards ?? []);
  const pages = assemblePages(reads, buildCards(drafts, evidence.labels, evidence.headlines, warn), warn);
  const links = joinCards(pages, warn);
  for (const p of pages) fitToSchema(p, warn);
  return { format: 'pagetext', articles: pages.map((p) => p.article), warnings: warn.done(), links };
}
