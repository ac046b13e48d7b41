import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleInputSchema } from '../../../src/article/article.js';
import { parsePageText, type PageTextOptions } from '../../../src/ingest/pagetext/index.js';
import { toAnatomyJson, type AnatomyDocument } from '../../../src/ingest/present.js';
import { expectSameAnatomy } from './anatomy-compare.js';

// Each fixture is an original dump (NAME.txt), what it must import to (NAME.expected.json) and,
// optionally, what the site knows (NAME.options.json: knownSections, knownLabels).
const DIR = new URL('../../fixtures/pagetext/', import.meta.url);
const dumps = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('page-dump fixtures', () => {
  it('are there', () => {
    expect(dumps.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of dumps) {
    const base = name.slice(0, -'.txt'.length);
    const read = (suffix: string): string => readFileSync(new URL(base + suffix, DIR), 'utf8');
    const options: PageTextOptions = existsSync(new URL(`${base}.options.json`, DIR)) ? JSON.parse(read('.options.json')) : {};

    it(`${base} imports as expected, field by field`, () => {
      const parsed = parsePageText(read('.txt'), { ...options, file: name });
      expectSameAnatomy(toAnatomyJson(name, parsed), JSON.parse(read('.expected.json')) as AnatomyDocument);
    });

    it(`${base} yields articles the article schema accepts`, () => {
      for (const a of parsePageText(read('.txt'), options).articles) expect(ArticleInputSchema.safeParse(a).success).toBe(true);
    });
  }
});
