import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeFeed } from '../../../src/ingest/feed/index.js';

const FIX = join(import.meta.dirname, '../../fixtures');

describe('looksLikeFeed', () => {
  it('recognises RSS, Atom and RDF after a declaration, comments and a BOM', () => {
    expect(looksLikeFeed(new Uint8Array(readFileSync(join(FIX, 'feed/madar-rss-media.xml'))))).toBe(true);
    expect(looksLikeFeed(new Uint8Array(readFileSync(join(FIX, 'feed/aldad-rss-1256.xml'))))).toBe(true);
    expect(looksLikeFeed('\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(looksLikeFeed('<rdf:RDF xmlns:rdf="x">')).toBe(true);
  });
  it('refuses HTML pages, other XML and empty input', () => {
    expect(looksLikeFeed(new Uint8Array(readFileSync(join(FIX, 'html/midar-daily.html'))))).toBe(false);
    expect(looksLikeFeed('<?xml version="1.0"?><urlset>')).toBe(false);
    expect(looksLikeFeed('')).toBe(false);
    expect(looksLikeFeed('<rsss>')).toBe(false);
  });
});
