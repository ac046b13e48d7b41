import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../../src/ingest/pagetext/index.js';
import { toAnatomyJson, type AnatomyDocument } from '../../../src/ingest/present.js';
import { expectSameAnatomy } from './anatomy-compare.js';

// The seed stays in ../shared (third-party text); tests read it from there.
const SEED = new URL('../../../../shared/seed/000_aa2a8cd937ba68f3.txt', import.meta.url);
const EXPECTED = new URL('../../../../shared/seed/000_aa2a8cd937ba68f3.expected.json', import.meta.url);
const NAME = '000_aa2a8cd937ba68f3.txt';

describe('the seed dump', () => {
  const text = readFileSync(SEED, 'utf8');
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as AnatomyDocument;

  it('is read from the shared folder beside the project', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    expect(fileURLToPath(SEED)).toBe(resolve(root, '../shared/seed/000_aa2a8cd937ba68f3.txt'));
    expect(existsSync(SEED)).toBe(true);
  });

  it('imports exactly as expected from the dump alone (no known sections)', () => {
    expectSameAnatomy(toAnatomyJson(NAME, parsePageText(text, { file: NAME })), expected);
  });

  it('imports exactly as expected when the site knows its sections', () => {
    const knownSections = ['أوروبا', 'الولايات المتحدة', 'اقتصاد', 'رياضة'];
    expectSameAnatomy(toAnatomyJson(NAME, parsePageText(text, { file: NAME, knownSections })), expected);
  });

  it('links the cards whose pages follow to those articles', () => {
    const r = parsePageText(text);
    expect(r.links).toEqual([
      { from: 0, card: 1, to: 1 },
      { from: 0, card: 2, to: 2 },
      { from: 0, card: 3, to: 3 },
    ]);
  });
});
